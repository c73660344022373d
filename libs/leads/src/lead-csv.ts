import type { LeadStatus, LeadView } from '@livefair/protocol';

/**
 * Leads as CSV that Excel and WPS open correctly: UTF-8 with a BOM (without it Excel reads GBK
 * and Chinese turns to mojibake), CRLF line ends, every field quoted. A text cell starting with
 * = + - @ or a tab/CR gets a leading ' (formula injection); a cell of only digits (phones) gets a
 * trailing tab so Excel keeps it as text. Times are Beijing time with the zone in the header.
 */
export type LeadCsvLang = 'zh-CN' | 'en';

type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const DIGITS_ONLY = /^\d[\d -]*$/;

export function leadCsvCell(value: Cell): string {
  if (value === null) return '""';
  let text = String(value);
  if (typeof value === 'string') {
    if (FORMULA_START.test(text)) text = `'${text}`;
    else if (DIGITS_ONLY.test(text)) text = `${text}\t`;
  }
  return `"${text.replace(/"/g, '""')}"`;
}

const HEADERS: Record<LeadCsvLang, string[]> = {
  'zh-CN': [
    '线索编号',
    '状态',
    '提交时间（北京时间）',
    '展位',
    '买家',
    '联系人',
    '公司',
    '电话',
    '邮箱',
    '产品',
    '数量',
    '单位',
    '留言',
    '未成交原因',
    '备注数',
  ],
  en: [
    'Lead id',
    'Status',
    'Left at (Beijing time, UTC+8)',
    'Booth',
    'Buyer',
    'Contact',
    'Company',
    'Phone',
    'Email',
    'Product',
    'Quantity',
    'Unit',
    'Message',
    'Lost reason',
    'Notes',
  ],
};

export const LEAD_STATUS_LABELS: Record<LeadCsvLang, Record<LeadStatus, string>> = {
  'zh-CN': { new: '待跟进', contacted: '已联系', quoted: '已报价', won: '已成交', lost: '未成交' },
  en: { new: 'New', contacted: 'Contacted', quoted: 'Quoted', won: 'Won', lost: 'Lost' },
};

function beijing(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export function leadsCsv(leads: readonly LeadView[], lang: LeadCsvLang): string {
  const row = (cells: readonly Cell[]) => `${cells.map(leadCsvCell).join(',')}\r\n`;
  let out = '\uFEFF' + row(HEADERS[lang]);
  for (const l of leads) {
    out += row([
      l.id,
      LEAD_STATUS_LABELS[lang][l.status],
      beijing(l.createdAt),
      l.boothCode,
      l.buyerName,
      l.contact.name,
      l.contact.company,
      l.contact.phone,
      l.contact.email,
      l.productName,
      l.quantity,
      l.unit,
      l.message,
      l.lostReason,
      l.noteCount,
    ]);
  }
  return out;
}
