import { CalendarOutlined } from '@ant-design/icons';
import type { ExpoSummary } from '@livefair/protocol';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateRange } from '../utils/dates';
import { ExpoStatusTag } from './ExpoStatusTag';

export function ExpoCard({ expo }: { expo: ExpoSummary }) {
  const { t, i18n } = useTranslation();
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
          <span>
            <CalendarOutlined /> {formatDateRange(expo.startsAt, expo.endsAt, i18n.language)}
          </span>
          <span>{t('expo.halls', { count: expo.hallCount })}</span>
          <span>{t('expo.booths', { count: expo.boothCount })}</span>
        </Space>
      </Card>
    </Link>
  );
}
