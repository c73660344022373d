import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { deflateRawSync } from 'node:zlib';
import { httpClient } from './http';

/** An XLSX written by exceljs: `rows` from row 1 (a cell may be a formula `{ formula, result }`); `merges` like 'A1:F1'. */
export async function xlsxOf(rows: unknown[][], merges: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Catalog');
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, c) => {
      if (v !== undefined && v !== null) row.getCell(c + 1).value = v as ExcelJS.CellValue;
    });
    row.commit();
  });
  for (const m of merges) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvLine = (cells: string[], sep: string) =>
  cells.map((c) => (/[",;\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep);

/** CSV as newer Excel saves it: UTF-8 with a BOM. */
export function csvWithBom(rows: string[][], sep = ','): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows.map((r) => csvLine(r, sep)).join('\r\n'), 'utf8')]);
}

/** CSV as older Chinese Excel installs save it: GBK, no BOM. */
export function csvGbk(rows: string[][]): Buffer {
  return iconv.encode(rows.map((r) => csvLine(r, ',')).join('\r\n'), 'gbk');
}

/** A zip of one deflated entry whose central directory claims `declaredSize` bytes unpacked. */
export function zipClaiming(name: string, content: Buffer, declaredSize: number): Buffer {
  const data = deflateRawSync(content);
  const fname = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fname.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fname.length, 28);
  central.writeUInt32LE(0, 42);
  const dirOffset = local.length + fname.length + data.length;
  const dir = Buffer.concat([central, fname]);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, fname, data, dir, eocd]);
}

/** POSTs a catalog file to /api/my/imports as a browser form would. */
export async function uploadCatalog(
  url: string,
  token: string | undefined,
  data: Buffer,
  filename = 'catalog.xlsx',
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), filename);
  const res = await fetch(`${url}/api/my/imports`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Uploads, saves the guessed (or given) mapping, runs in `mode` and waits for the run to end. */
export async function importFile(
  url: string,
  token: string,
  data: Buffer,
  mode: 'all-or-nothing' | 'good-rows',
  filename = 'catalog.xlsx',
  mapping?: Record<string, number>,
): Promise<any> {
  const http = httpClient(url);
  const up = await uploadCatalog(url, token, data, filename);
  if (up.status !== 201) throw new Error(`upload: ${up.status} ${JSON.stringify(up.body)}`);
  const m = await http.put(`/api/my/imports/${up.body.id}/mapping`, { mapping: mapping ?? up.body.guessedMapping }, token);
  if (m.status !== 200) throw new Error(`mapping: ${m.status} ${JSON.stringify(m.body)}`);
  const run = await http.post(`/api/my/imports/${up.body.id}/run`, { mode }, token);
  if (run.status !== 202) throw new Error(`run: ${run.status} ${JSON.stringify(run.body)}`);
  return waitForImport(url, token, up.body.id);
}

export async function waitForImport(url: string, token: string, id: string, ms = 60_000): Promise<any> {
  const http = httpClient(url);
  const until = Date.now() + ms;
  for (;;) {
    const r = await http.get(`/api/my/imports/${id}`, token);
    if (['done', 'failed', 'cancelled'].includes(r.body.status)) return r.body;
    if (Date.now() > until) throw new Error(`import ${id} still ${r.body.status}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}
