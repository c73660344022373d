import type { HourPointView } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

import { Chart } from './Chart';

const hourLabel = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(
    new Date(iso),
  );

/** Visits and engaged visits per hour (bars), inquiries and orders (lines), in the viewer's time zone. */
export function HourlyChart({ points }: { points: HourPointView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Chart
      testId="chart-hourly"
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 40, right: 16, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: points.map((p) => hourLabel(p.hour, i18n.language)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: t('analytics.kpi.visits'), type: 'bar', barMaxWidth: 36, data: points.map((p) => p.visits) },
          { name: t('analytics.kpi.engaged'), type: 'bar', barMaxWidth: 36, data: points.map((p) => p.engaged) },
          { name: t('analytics.kpi.inquiries'), type: 'line', data: points.map((p) => p.inquiries) },
          { name: t('analytics.kpi.orders'), type: 'line', data: points.map((p) => p.orders) },
        ],
      }}
    />
  );
}
