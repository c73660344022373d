import type { BoothStatsView, HourPointView } from '@livefair/protocol';

export type CsvLang = 'zh-CN' | 'en';

const BOOTH_HEAD: Record<CsvLang, string[]> = {
  'zh-CN': [
    '展位号',
    '企业',
    '访问次数',
    '独立访客',
    '回访访客',
    '有效访问',
    '平均停留(秒)',
    '停留中位数(秒)',
    '最高同时在线',
    '观看直播(分钟)',
    '商品浏览',
    '询盘',
    '订单',
    '订单金额(元)',
    '订单金额(分)',
  ],
  en: [
    'Booth',
    'Enterprise',
    'Visits',
    'Unique visitors',
    'Repeat visitors',
    'Engaged visits',
    'Avg dwell (s)',
    'Median dwell (s)',
    'Peak concurrent',
    'Live watch (min)',
    'Product views',
    'Inquiries',
    'Orders',
    'Order value (CNY)',
    'Order value (fen)',
  ],
};
const HOUR_HEAD: Record<CsvLang, string[]> = {
  'zh-CN': [
    '小时(UTC)',
    '访问次数',
    '有效访问',
    '停留总计(秒)',
    '观看直播(分钟)',
    '询盘',
    '订单',
    '订单金额(元)',
    '订单金额(分)',
  ],
  en: [
    'Hour (UTC)',
    'Visits',
    'Engaged visits',
    'Dwell total (s)',
    'Live watch (min)',
    'Inquiries',
    'Orders',
    'Order value (CNY)',
    'Order value (fen)',
  ],
};

/** A cell for Excel: quoted, and text that a spreadsheet would run as a formula is prefixed with '. */
function cell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

const yuan = (fen: number): string => (fen / 100).toFixed(2);

function csv(rows: (string | number)[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function boothsCsv(booths: BoothStatsView[], lang: CsvLang): string {
  return csv([
    BOOTH_HEAD[lang],
    ...booths.map((b) => [
      b.code,
      b.enterpriseName,
      b.visits,
      b.uniqueVisitors,
      b.repeatVisitors,
      b.engaged,
      b.avgDwellSeconds,
      b.medianDwellSeconds,
      b.peakConcurrent,
      b.watchMinutes,
      b.productViews,
      b.inquiries,
      b.orders,
      yuan(b.orderValueFen),
      b.orderValueFen,
    ]),
  ]);
}

export function hoursCsv(hours: HourPointView[], lang: CsvLang): string {
  return csv([
    HOUR_HEAD[lang],
    ...hours.map((h) => [
      h.hour,
      h.visits,
      h.engaged,
      h.dwellSeconds,
      h.watchMinutes,
      h.inquiries,
      h.orders,
      yuan(h.orderValueFen),
      h.orderValueFen,
    ]),
  ]);
}
