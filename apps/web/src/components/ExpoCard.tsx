import type { ExpoSummary } from '@livefair/protocol';
import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { ExpoFacts } from './ExpoFacts';
import { ExpoStatusTag } from './ExpoStatusTag';

export function ExpoCard({ expo }: { expo: ExpoSummary }) {
  return (
    <Link to={`/expos/${expo.id}`} className="lf-card-link">
      <Card hoverable className="lf-expo-card">
        <div className="lf-card-head">
          <Typography.Title level={4} className="lf-card-title">
            {expo.name}
          </Typography.Title>
          <ExpoStatusTag status={expo.status} />
        </div>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
          {expo.description}
        </Typography.Paragraph>
        <Space wrap size={[16, 4]} className="lf-card-meta">
          <ExpoFacts expo={expo} />
        </Space>
      </Card>
    </Link>
  );
}
