import type { BoothStatsView } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

import { Chart } from './Chart';

/** The busiest booths by visits (horizontal bars), engaged visits beside them. */
export function TopBoothsChart({ booths }: { booths: BoothStatsView[] }) {
  const { t } = useTranslation();
  const top = booths.slice(0, 10).reverse();
  return (
    <Chart
      testId="chart-top-booths"
      height={Math.max(200, top.length * 30 + 60)}
      option={{
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 8, right: 16, top: 30, bottom: 10, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: top.map((b) => b.code), axisLabel: { width: 80, overflow: 'truncate' } },
        series: [
          { name: t('analytics.kpi.visits'), type: 'bar', barMaxWidth: 24, data: top.map((b) => b.visits) },
          { name: t('analytics.kpi.engaged'), type: 'bar', barMaxWidth: 24, data: top.map((b) => b.engaged) },
        ],
      }}
    />
  );
}
