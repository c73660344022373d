import { hoursCsv } from './analytics-csv';

describe('analytics CSV', () => {
  it('is UTF-8 with a BOM, CRLF, quoted cells, money in yuan and fen', () => {
    const csv = hoursCsv(
      [
        {
          hour: '2026-12-01T08:00:00.000Z',
          visits: 3,
          engaged: 1,
          inquiries: 1,
          orders: 1,
          orderValueFen: 150005,
          dwellSeconds: 80,
          watchMinutes: 0.5,
        },
      ],
      'zh-CN',
    );
    expect(csv.startsWith('\uFEFF"小时(UTC)"')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('"2026-12-01T08:00:00.000Z","3","1","80","0.5","1","1","1500.05","150005"');
  });
});
