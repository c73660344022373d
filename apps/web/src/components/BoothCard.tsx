import { EnvironmentOutlined } from '@ant-design/icons';
import type { BoothSummary } from '@livefair/protocol';
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { LiveStatusTag } from './LiveStatusTag';

export function BoothCard({ booth }: { booth: BoothSummary }) {
  const { t } = useTranslation();
  const live = booth.liveStatus === 'live';
  return (
    <Link to={`/booths/${booth.id}`} className="lf-card-link">
      <Card hoverable size="small" className={live ? 'lf-booth-card lf-booth-live' : 'lf-booth-card'}>
        <div className="lf-card-head">
          <span className="lf-booth-code">
            {t('booth.code')} {booth.code}
          </span>
          <LiveStatusTag status={booth.liveStatus} />
        </div>
        <Typography.Title level={5} className="lf-card-title" ellipsis>
          {booth.enterprise.name}
        </Typography.Title>
        <div className="lf-booth-meta">
          <span>
            <EnvironmentOutlined /> {booth.enterprise.city}
          </span>
          <Tag variant="filled">{booth.enterprise.industry}</Tag>
        </div>
        <Typography.Paragraph ellipsis={{ rows: 2 }} className="lf-booth-headline">
          {booth.headline}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('booth.products', { count: booth.productCount })}</Typography.Text>
      </Card>
    </Link>
  );
}
