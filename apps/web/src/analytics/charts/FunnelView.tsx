import type { FunnelView as Funnel } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../../utils/money';
import { Chart } from './Chart';

/** Visit -> engaged -> inquiry -> order, with the order value under it. */
export function FunnelView({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation();
  const steps = [
    { name: t('analytics.funnel.visits'), value: funnel.visits },
    { name: t('analytics.funnel.engaged'), value: funnel.engaged },
    { name: t('analytics.funnel.inquiries'), value: funnel.inquiries },
    { name: t('analytics.funnel.orders'), value: funnel.orders },
  ];
  return (
    <>
      <Chart
        testId="chart-funnel"
        height={260}
        option={{
          tooltip: { trigger: 'item', formatter: '{b}: {c}' },
          series: [
            {
              type: 'funnel',
              sort: 'none',
              left: '5%',
              width: '90%',
              minSize: '8%',
              label: { show: true, position: 'inside', formatter: '{c}' },
              data: steps,
            },
          ],
        }}
      />
      <div className="lf-analytics-funnel-legend">
        {steps.map((s) => (
          <span key={s.name}>
            {s.name}: <b>{s.value}</b>
          </span>
        ))}
        <span>
          {t('analytics.kpi.orderValue')}: <b>{formatFen(funnel.orderValueFen)}</b>
        </span>
      </div>
    </>
  );
}
