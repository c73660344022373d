// The baseline the import is measured against: the whole workbook read into memory (exceljs's
// non-streaming reader), then one INSERT per product and per SKU, each committed on its own.
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';

export async function baselineImport(xlsxPath, db, enterpriseId) {
  const started = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const ws = wb.worksheets[0];
  const c = await db.connect();
  let rows = 0;
  try {
    for (let r = 2; r <= ws.rowCount; r++) {
      const v = ws.getRow(r).values;
      const id = randomUUID();
      const price = Math.round(parseFloat(String(v[5]).replace(/[^0-9.]/g, '')) * 100);
      await c.query(
        `INSERT INTO products (id, enterpriseId, name, nameEn, description, descriptionEn, category, unit, specifications, certifications, images, status, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, '', '', '', '件', '[]', '[]', '[]', 'draft', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))`,
        [id, enterpriseId, String(v[3] || v[2]).slice(0, 200), String(v[2]).slice(0, 200)],
      );
      await c.query(
        `INSERT INTO skus (id, productId, skuCode, specs, priceFen, stock, moq, samplePriceFen, leadTimeDays, tiers, sortOrder, removedAt)
         VALUES (?, ?, ?, '{}', ?, 0, ?, NULL, 7, ?, 0, NULL)`,
        [randomUUID(), id, String(v[1]), price, Number(v[6]), JSON.stringify([{ minQty: Number(v[6]), unitPriceFen: price }])],
      );
      rows++;
    }
  } finally {
    await c.end();
  }
  return { rows, seconds: (performance.now() - started) / 1000 };
}
