import type { OrderView } from '@livefair/protocol';
import { csvCell, csvRow, ordersCsv } from './order-csv';

const order: OrderView = {
  id: 'o1',
  orderNo: 'LF261201ABCDEFGHJK',
  type: 'bulk',
  status: 'confirmed',
  buyerId: 'b1',
  buyerName: '=cmd|" /C calc"!A0',
  enterpriseId: 'e1',
  boothId: null,
  liveSessionId: null,
  dealId: null,
  quoteId: null,
  productId: 'p1',
  skuId: 's1',
  productName: '羊毛开衫 "加厚", 冬款\n第二行',
  skuCode: 'A01-KS-1',
  specs: { 颜色: '藏青', 尺码: 'L' },
  unit: '件',
  quantity: 200,
  unitPriceFen: 2605,
  totalFen: 521000,
  payBy: null,
  paymentMethod: 'bank_transfer',
  paymentRef: null,
  carrier: null,
  trackingNo: null,
  cancelReason: null,
  shipTo: { contactName: '王采购', phone: '13800138000', province: '浙江省', city: '杭州市', address: '文三路 100 号' },
  invoice: null,
  note: '@SUM(1+1)',
  createdAt: '2026-12-01T08:30:05.123Z',
  updatedAt: '2026-12-01T08:30:05.123Z',
  history: [],
};

describe('orders CSV', () => {
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell('逗号,分号;')).toBe('"逗号,分号;"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(12)).toBe('"12"');
  });

  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('prefixes %j (a formula to Excel) with an apostrophe', (text) => {
    expect(csvCell(text)).toBe(`"'${text}"`);
  });

  it('keeps digit strings text in Excel (trailing tab): phones, accounts, leading zeros', () => {
    expect(csvCell('13800138000')).toBe('"13800138000\t"');
    expect(csvCell('057487654321')).toBe('"057487654321\t"');
    expect(csvCell('6222 0000 0000 1234')).toBe('"6222 0000 0000 1234\t"');
    expect(csvCell('SF1234567')).toBe('"SF1234567"');
    expect(csvCell('1234.56')).toBe('"1234.56"');
  });

  it('ends rows with CRLF', () => {
    expect(csvRow(['a', 1])).toBe('"a","1"\r\n');
  });

  it('writes a BOM, a header and one row per order, amounts in yuan and fen', () => {
    const csv = ordersCsv([order]);
    expect(csv.startsWith('\uFEFF"订单号",')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toBe('');
    const row = rows[1];
    expect(row.startsWith('"LF261201ABCDEFGHJK","2026-12-01 08:30:05","批发","待付款",')).toBe(true);
    expect(row).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(row).toContain('"羊毛开衫 ""加厚"", 冬款\n第二行"');
    expect(row).toContain('"颜色:藏青; 尺码:L","200","件","26.05","2605","5210.00","521000"');
    expect(row).toContain(`"'@SUM(1+1)"`);
    expect(row).toContain('"浙江省 杭州市 文三路 100 号"');
    const header = rows[0].split(',');
    expect(header.length).toBe(row.match(/(^|,)"([^"]|"")*"/g)!.length);
  });

  it('labels in English on request', () => {
    const csv = ordersCsv([{ ...order, type: 'sample', status: 'cancelled' }], 'en');
    expect(csv).toContain('"Order no","Placed at (UTC)","Type","Status"');
    expect(csv).toContain('"Sample","Cancelled"');
  });
});
