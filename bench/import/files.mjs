// The bench's export catalog: N rows as an XLSX (exceljs's streaming writer) and the same as CSV.
import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';

const HEADERS = [
  'Item No.',
  'Description',
  '中文品名',
  'HS Code',
  'FOB Price (USD)',
  'MOQ',
  'Certificates',
  'Carton Size',
  'Stock',
];
const KINDS = [
  ['Cotton Crew-Neck T-Shirt', '纯棉圆领T恤', '6109.10.00'],
  ['Electric Kettle 1.7L', '电热水壶', '8516.71.00'],
  ['LED Desk Lamp', 'LED台灯', '9405.20'],
  ['Canvas Tote Bag', '帆布托特包', '4202.22'],
  ['Acetate Optical Frame', '板材眼镜架', '9003.11'],
];

export function rowOf(i) {
  const [en, zh, hs] = KINDS[i % KINDS.length];
  return [
    `BN-${String(i).padStart(6, '0')}`,
    `${en} #${i}`,
    i % 3 === 0 ? '' : `${zh} ${i}号`,
    hs,
    `US$${(1 + (i % 500) / 10).toFixed(2)}`,
    String(100 * (1 + (i % 5))),
    i % 2 ? 'CE, RoHS' : 'OEKO-TEX',
    '60x40x30cm',
    String(i % 1000),
  ];
}

export async function writeXlsx(path, rows) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(path), useSharedStrings: true });
  const ws = wb.addWorksheet('Catalog');
  ws.addRow(HEADERS).commit();
  for (let i = 1; i <= rows; i++) ws.addRow(rowOf(i)).commit();
  ws.commit();
  await wb.commit();
}

export async function writeCsv(path, rows) {
  const cell = (c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [HEADERS.map(cell).join(',')];
  for (let i = 1; i <= rows; i++) lines.push(rowOf(i).map(cell).join(','));
  await writeFile(path, '\ufeff' + lines.join('\r\n'));
}
