import { headInWorker, scanInWorker, ScanRefused } from './scan-in-worker';
import type { ScanRequest } from './scan-messages';

const limits = { maxRows: 5000, maxColumns: 60, maxCellChars: 4000, maxUnzippedBytes: 1e9, maxZipEntries: 100 };
const csv = (n: number, dup = false) =>
  Buffer.from(
    [['Item No.', 'Description'], ...Array.from({ length: n }, (_, i) => [dup && i === n - 1 ? 'I-0' : `I-${i}`, `Item ${i}`])]
      .map((r) => r.join(','))
      .join('\r\n'),
  );
const request = (data: Buffer, maxRows = 5000): ScanRequest => ({
  data,
  format: 'csv',
  limits,
  mapping: { itemNo: 0, nameEn: 1 },
  maxRows,
  batchRows: 100,
});

describe('the scan thread', () => {
  it('hands every checked row over in order to a slow consumer, duplicates found across batches', async () => {
    const rows: number[] = [];
    const problems: string[] = [];
    const total = await scanInWorker(request(csv(1200, true)), async (r) => {
      rows.push(r.row);
      problems.push(...r.problems.map((p) => p.code));
      if (r.row % 300 === 0) await new Promise((res) => setTimeout(res, 20));
    });
    expect(total).toBe(1200);
    expect(rows).toEqual(Array.from({ length: 1200 }, (_, i) => i + 2));
    expect(problems).toEqual(['ITEM_NO_DUPLICATE']);
  });

  it('reads an upload’s header and first rows, skipping empty ones', async () => {
    const data = Buffer.from('Price list 2026\r\nItem No.,Description\r\n,\r\nA-1,Kettle\r\nA-2,Lamp\r\nA-3,Bag\r\n');
    const head = await headInWorker({ ...request(data), sampleRows: 2 });
    expect(head).toEqual({
      headerRow: 2,
      headers: ['Item No.', 'Description'],
      sample: [
        ['A-1', 'Kettle'],
        ['A-2', 'Lamp'],
      ],
    });
  });

  it('refuses a file with more data rows than an import may have', async () => {
    await expect(scanInWorker(request(csv(300), 250), () => undefined)).rejects.toEqual(new ScanRefused('rows-over-limit'));
  });

  it('refuses a broken workbook as unreadable', async () => {
    const zipHead = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const err = await scanInWorker({ ...request(zipHead), format: 'xlsx' }, () => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScanRefused);
    expect((err as ScanRefused).reason).toBe('unreadable');
  });

  it('stops when the consumer fails, with the consumer’s error', async () => {
    let seen = 0;
    const stop = new Error('cancelled');
    await expect(
      scanInWorker(request(csv(3000)), () => {
        if (++seen === 150) throw stop;
      }),
    ).rejects.toBe(stop);
    expect(seen).toBe(150);
  });
});
