import { readSheet } from './sheet-reader';

const limits = { maxRows: 5000, maxColumns: 60, maxCellChars: 4000, maxUnzippedBytes: 1e9, maxZipEntries: 100 };
const csv = (n: number) =>
  Buffer.from(
    [['Item No.', 'Description'], ...Array.from({ length: n }, (_, i) => [`I-${i}`, `Item ${i}`])]
      .map((r) => r.join(','))
      .join('\r\n'),
  );

describe('the CSV reader', () => {
  it('reads every row with a slow consumer', async () => {
    let n = 0;
    for await (const r of readSheet(csv(3000), 'csv', limits)) {
      n++;
      if (n % 1000 === 0) await new Promise((res) => setTimeout(res, 50));
      expect(r.row).toBe(n);
    }
    expect(n).toBe(3001);
  });

  it('stops cleanly when the consumer leaves early (a sample, a cancelled run)', async () => {
    let n = 0;
    for await (const r of readSheet(csv(20_000), 'csv', limits)) {
      if (++n === 3) {
        expect(r.cells).toEqual(['I-1', 'Item 1']);
        break;
      }
    }
    expect(n).toBe(3);
  });
});
