import type { CampaignCounts } from '@livefair/protocol';
import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../../utils/money';

/** What the campaign produced, as ten figures. */
export function CampaignCountCards({ counts }: { counts: CampaignCounts }) {
  const { t } = useTranslation();
  const items: [string, number | string][] = [
    [t('campaigns.dash.counts.demands'), counts.demands],
    [t('campaigns.dash.counts.matchedDemands'), counts.matchedDemands],
    [t('campaigns.dash.counts.suggestions'), counts.suggestions],
    [t('campaigns.dash.counts.pushed'), counts.pushed],
    [t('campaigns.dash.counts.responses'), counts.responses],
    [t('campaigns.dash.counts.quoted'), counts.quoted],
    [t('campaigns.dash.counts.declined'), counts.declined],
    [t('campaigns.dash.counts.meetings'), counts.meetings],
    [t('campaigns.dash.counts.orders'), counts.orders],
    [t('campaigns.dash.counts.orderTotal'), formatFen(counts.orderTotalFen)],
  ];
  return (
    <div className="lf-campaign-counts" data-testid="campaign-counts">
      {items.map(([label, value]) => (
        <Card size="small" key={label}>
          <Statistic title={label} value={value} />
        </Card>
      ))}
    </div>
  );
}
