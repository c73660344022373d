import type { LeadView } from '@livefair/protocol';
import { leadCsvCell, leadsCsv } from './lead-csv';

const lead: LeadView = {
  id: 'l-1',
  status: 'lost',
  boothId: 'b',
  boothCode: 'A01',
  enterpriseId: 'e',
  enterpriseName: '华纺',
  expoId: null,
  buyerId: 'u',
  buyerName: '王小明',
  productId: null,
  productName: '针织开衫',
  quantity: 500,
  unit: '件',
  message: '=HYPERLINK("x") 您好',
  contact: { name: '王小明', company: '优品"贸易"', phone: '13800138000', email: null },
  rfqId: null,
  lostReason: '价格',
  noteCount: 2,
  createdAt: '2026-12-01T16:30:00.000Z',
  updatedAt: '2026-12-01T16:30:00.000Z',
};

describe('leads CSV', () => {
  it('starts with a BOM, uses CRLF, quotes and guards cells, shows Beijing time', () => {
    const csv = leadsCsv([lead], 'zh-CN');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0].startsWith('"线索编号","状态"')).toBe(true);
    expect(lines[1]).toContain('"未成交"');
    expect(lines[1]).toContain('"2026-12-02 00:30:00"');
    expect(lines[1]).toContain('"13800138000\t"');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") 您好"`);
    expect(lines[1]).toContain('"优品""贸易"""');
    expect(lines[2]).toBe('');
  });

  it('writes empty cells for nulls and numbers as they are', () => {
    expect(leadCsvCell(null)).toBe('""');
    expect(leadCsvCell(500)).toBe('"500"');
    expect(leadsCsv([lead], 'en')).toContain('"Lost"');
  });
});
