import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useApi } from '../hooks/useApi';
import { formatLocalTime } from '../leads/format';
import { analyticsApi } from './analyticsApi';

const minutesSeconds = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

/** The buyer's recorded visits to the booth behind one lead (GET /api/analytics/leads/:id/visits), for the exhibitor. */
export function LeadVisits({ leadId }: { leadId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useApi((signal) => analyticsApi.leadVisits(leadId, signal), `lead-visits:${leadId}`);
  if (error) return null;
  return (
    <Card title={t('analytics.leadVisits.title')} size="small" className="lf-lead-visits-card" data-testid="lead-visits">
      {data && data.visits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.leadVisits.none')} />
      ) : (
        <List
          size="small"
          loading={!data}
          dataSource={data?.visits ?? []}
          renderItem={(v) => (
            <List.Item key={v.visitId}>
              <div>
                <div>{formatLocalTime(v.startedAt, i18n.language)}</div>
                <Typography.Text type="secondary">
                  {t('analytics.leadVisits.line', {
                    dwell: minutesSeconds(v.dwellSeconds),
                    views: v.productViews,
                    watch: Math.round(v.watchMinutes),
                  })}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
