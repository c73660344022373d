import type { BoothStatsView, HourPointView, RouteLinkView } from '@livefair/protocol';
import type { BoothRow, HourRow, RouteRow } from '../rollup/rollup-store';

export interface BoothLabel {
  code: string;
  enterpriseName: string;
}

const minutes = (seconds: number): number => Math.round((seconds / 60) * 10) / 10;
const avg = (sum: number, n: number): number => (n ? Math.round((sum / n) * 10) / 10 : 0);

export function toBoothStats(
  r: BoothRow,
  label: BoothLabel | undefined,
  visitors: { uniqueVisitors: number; repeatVisitors: number } | undefined,
  median: number | undefined,
): BoothStatsView {
  return {
    boothId: r.boothId,
    hallId: r.hallId,
    code: label?.code ?? '',
    enterpriseName: label?.enterpriseName ?? '',
    visits: r.visits,
    engaged: r.engaged,
    inquiries: r.inquiries,
    orders: r.orders,
    orderValueFen: r.orderValueFen,
    uniqueVisitors: visitors?.uniqueVisitors ?? 0,
    repeatVisitors: visitors?.repeatVisitors ?? 0,
    avgDwellSeconds: avg(r.dwellSeconds, r.visits),
    medianDwellSeconds: median ?? 0,
    peakConcurrent: r.peakConcurrent,
    watchMinutes: minutes(r.watchSeconds),
    productViews: r.productViews,
  };
}

/** Hour rows summed over halls, one point per hour from the first to the last (empty hours as zeros). */
export function toHourSeries(rows: HourRow[]): HourPointView[] {
  const byHour = new Map<number, HourRow>();
  for (const r of rows) {
    const h = byHour.get(r.hour);
    if (!h) byHour.set(r.hour, { ...r });
    else
      for (const k of ['visits', 'engaged', 'dwellSeconds', 'watchSeconds', 'inquiries', 'orders', 'orderValueFen'] as const)
        h[k] += r[k];
  }
  const hours = [...byHour.keys()].sort((a, b) => a - b);
  if (hours.length === 0) return [];
  const out: HourPointView[] = [];
  for (let h = hours[0]; h <= hours[hours.length - 1]; h++) {
    const r = byHour.get(h);
    out.push({
      hour: new Date(h * 3_600_000).toISOString(),
      visits: r?.visits ?? 0,
      engaged: r?.engaged ?? 0,
      inquiries: r?.inquiries ?? 0,
      orders: r?.orders ?? 0,
      orderValueFen: r?.orderValueFen ?? 0,
      dwellSeconds: r?.dwellSeconds ?? 0,
      watchMinutes: minutes(r?.watchSeconds ?? 0),
    });
  }
  return out;
}

export function toRoute(r: RouteRow, label: (key: string) => string): RouteLinkView {
  return { from: r.fromKey, to: r.toKey, fromLabel: label(r.fromKey), toLabel: label(r.toKey), count: r.count };
}
