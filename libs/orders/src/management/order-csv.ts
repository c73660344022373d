import type { OrderStatus, OrderType, OrderView } from '@livefair/protocol';
import { yuanText } from '../money';

/**
 * Orders as CSV that Excel (and WPS) open correctly: UTF-8 with a BOM (else Excel reads GBK and
 * Chinese turns to mojibake), CRLF line ends, every field quoted. Guards: a text cell starting
 * with = + - @ or a tab/CR gets a leading ' (formula injection); a text cell of only digits
 * (phones, bank accounts, taxpayer ids) gets a trailing tab, so Excel keeps it as text instead of
 * turning it into a number in scientific notation that loses digits and leading zeros.
 * Amounts come twice: yuan with two decimals, and integer fen.
 */
export type CsvLang = 'zh-CN' | 'en';

type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const DIGITS_ONLY = /^\d[\d -]*$/;

export function csvCell(value: Cell): string {
  if (value === null) return '""';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string') {
    if (FORMULA_START.test(text)) text = `'${text}`;
    else if (DIGITS_ONLY.test(text)) text = `${text}\t`;
  }
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const TYPES: Record<CsvLang, Record<OrderType, string>> = {
  'zh-CN': { retail: '零售', bulk: '批发', sample: '样品', deal: '秒杀', quote: '报价' },
  en: { retail: 'Retail', bulk: 'Bulk', sample: 'Sample', deal: 'Flash deal', quote: 'Quotation' },
};

const STATUSES: Record<CsvLang, Record<OrderStatus, string>> = {
  'zh-CN': {
    placed: '待确认',
    confirmed: '待付款',
    paid: '已付款',
    shipped: '已发货',
    completed: '已完成',
    cancelled: '已取消',
    expired: '已过期',
  },
  en: {
    placed: 'Placed',
    confirmed: 'Confirmed',
    paid: 'Paid',
    shipped: 'Shipped',
    completed: 'Completed',
    cancelled: 'Cancelled',
    expired: 'Expired',
  },
};

const INVOICE: Record<CsvLang, Record<'normal' | 'special', string>> = {
  'zh-CN': { normal: '增值税普通发票', special: '增值税专用发票' },
  en: { normal: 'VAT normal invoice', special: 'VAT special invoice' },
};

/** [zh-CN header, en header, value] per column. */
const COLUMNS: [string, string, (o: OrderView, lang: CsvLang) => Cell][] = [
  ['订单号', 'Order no', (o) => o.orderNo],
  ['下单时间 (UTC)', 'Placed at (UTC)', (o) => o.createdAt.slice(0, 19).replace('T', ' ')],
  ['类型', 'Type', (o, l) => TYPES[l][o.type]],
  ['状态', 'Status', (o, l) => STATUSES[l][o.status]],
  ['买家', 'Buyer', (o) => o.buyerName],
  ['商品', 'Product', (o) => o.productName],
  ['SKU', 'SKU', (o) => o.skuCode],
  [
    '规格',
    'Specs',
    (o) =>
      Object.entries(o.specs)
        .map(([k, v]) => `${k}:${v}`)
        .join('; '),
  ],
  ['数量', 'Quantity', (o) => o.quantity],
  ['单位', 'Unit', (o) => o.unit],
  ['单价 (元)', 'Unit price (CNY)', (o) => yuanText(o.unitPriceFen)],
  ['单价 (分)', 'Unit price (fen)', (o) => o.unitPriceFen],
  ['金额 (元)', 'Total (CNY)', (o) => yuanText(o.totalFen)],
  ['金额 (分)', 'Total (fen)', (o) => o.totalFen],
  ['付款参考', 'Payment ref', (o) => o.paymentRef],
  ['承运商', 'Carrier', (o) => o.carrier],
  ['运单号', 'Tracking no', (o) => o.trackingNo],
  ['收货人', 'Contact', (o) => o.shipTo?.contactName ?? null],
  ['收货电话', 'Phone', (o) => o.shipTo?.phone ?? null],
  ['收货地址', 'Address', (o) => (o.shipTo ? `${o.shipTo.province} ${o.shipTo.city} ${o.shipTo.address}` : null)],
  ['发票类型', 'Invoice', (o, l) => (o.invoice ? INVOICE[l][o.invoice.kind] : null)],
  ['发票抬头', 'Invoice title', (o) => o.invoice?.title ?? null],
  ['纳税人识别号', 'Taxpayer id', (o) => o.invoice?.taxpayerId ?? null],
  ['注册地址', 'Registered address', (o) => o.invoice?.registeredAddress ?? null],
  ['注册电话', 'Registered phone', (o) => o.invoice?.registeredPhone ?? null],
  ['开户银行', 'Bank', (o) => o.invoice?.bankName ?? null],
  ['银行账号', 'Bank account', (o) => o.invoice?.bankAccount ?? null],
  ['发票邮箱', 'Invoice email', (o) => o.invoice?.email ?? null],
  ['取消原因', 'Cancel reason', (o) => o.cancelReason],
  ['备注', 'Note', (o) => o.note],
];

/** The whole file: BOM, header row, one row per order. */
export function ordersCsv(orders: readonly OrderView[], lang: CsvLang = 'zh-CN'): string {
  const header = csvRow(COLUMNS.map(([zh, en]) => (lang === 'en' ? en : zh)));
  return `\uFEFF${header}${orders.map((o) => csvRow(COLUMNS.map(([, , value]) => value(o, lang)))).join('')}`;
}
