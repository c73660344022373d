import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';

/**
 * Release 1 kept MOQ, lead time, samples and the price tiers on the product; the catalog now
 * keeps them on each SKU. Both engines' migrations call this between adding the SKU columns and
 * dropping the product's: every SKU of a product gets the product's terms (a product without
 * SKUs gets one, `DEFAULT`, priced at its first tier, so nothing it offered is lost), and every
 * existing product becomes published (release 1 showed them all).
 *
 * `q` quotes an identifier for the engine. Runs inside the migration's transaction, after the SKU
 * columns exist and before the product's old columns go.
 */
export async function carryOverRelease1(
  runner: QueryRunner,
  q: (name: string) => string,
  { markProducts }: { markProducts: boolean },
): Promise<void> {
  type P = { id: string; moq: number; leadTimeDays: number; sampleAvailable: number | boolean; samplePriceFen: number | null };
  type T = { productId: string; minQty: number; unitPriceFen: number };
  type S = { id: string; productId: string; skuCode: string; priceFen: number };
  const products: P[] = await runner.query(
    `SELECT ${q('id')}, ${q('moq')}, ${q('leadTimeDays')}, ${q('sampleAvailable')}, ${q('samplePriceFen')} FROM ${q('products')}`,
  );
  const tiers: T[] = await runner.query(
    `SELECT ${q('productId')}, ${q('minQty')}, ${q('unitPriceFen')} FROM ${q('price_tiers')} ORDER BY ${q('minQty')}`,
  );
  const skus: S[] = await runner.query(
    `SELECT ${q('id')}, ${q('productId')}, ${q('skuCode')}, ${q('priceFen')} FROM ${q('skus')}`,
  );
  const tiersOf = new Map<string, { minQty: number; unitPriceFen: number }[]>();
  for (const t of tiers) {
    const list = tiersOf.get(t.productId) ?? [];
    list.push({ minQty: Number(t.minQty), unitPriceFen: Number(t.unitPriceFen) });
    tiersOf.set(t.productId, list);
  }
  const skusOf = new Map<string, S[]>();
  for (const s of skus) skusOf.set(s.productId, [...(skusOf.get(s.productId) ?? []), s]);

  for (const p of products) {
    const moq = Math.max(1, Number(p.moq));
    const sample = p.sampleAvailable === true || Number(p.sampleAvailable) === 1 ? Number(p.samplePriceFen ?? 0) : null;
    const own = skusOf.get(p.id) ?? [];
    const productTiers = tiersOf.get(p.id) ?? [];
    if (own.length === 0 && productTiers.length > 0) {
      const id = randomUUID();
      await runner.query(
        `INSERT INTO ${q('skus')} (${q('id')}, ${q('productId')}, ${q('skuCode')}, ${q('specs')}, ${q('priceFen')}, ${q('stock')}, ${q('tiers')}) VALUES (?, ?, ?, ?, ?, 0, ?)`,
        [id, p.id, 'DEFAULT', '{}', productTiers[0].unitPriceFen, '[]'],
      );
      own.push({ id, productId: p.id, skuCode: 'DEFAULT', priceFen: productTiers[0].unitPriceFen });
    }
    own.sort((a, b) => a.skuCode.localeCompare(b.skuCode));
    for (const [i, s] of own.entries()) {
      // A SKU needs at least one tier: without the product's, one at its MOQ for its retail price.
      const skuTiers = productTiers.length > 0 ? productTiers : [{ minQty: moq, unitPriceFen: Number(s.priceFen) }];
      await runner.query(
        `UPDATE ${q('skus')} SET ${q('moq')} = ?, ${q('leadTimeDays')} = ?, ${q('samplePriceFen')} = ?, ${q('tiers')} = ?, ${q('sortOrder')} = ? WHERE ${q('id')} = ?`,
        [moq, Math.max(0, Number(p.leadTimeDays)), sample, JSON.stringify(skuTiers), i, s.id],
      );
    }
  }
  // The embedded engine rebuilds the products table instead and writes these in its copy.
  if (!markProducts) return;
  await runner.query(
    `UPDATE ${q('products')} SET ${q('status')} = 'published', ${q('specifications')} = '[]', ${q('certifications')} = '[]', ${q('images')} = '[]'`,
  );
}

/**
 * The way back (down): the product takes its first SKU's terms and tiers again. Lossy where SKUs
 * of one product differed; SKUs removed since are deleted, their history with them.
 */
export async function restoreRelease1(runner: QueryRunner, q: (name: string) => string): Promise<void> {
  type S = { id: string; productId: string; moq: number; leadTimeDays: number; samplePriceFen: number | null; tiers: string };
  await runner.query(`DELETE FROM ${q('skus')} WHERE ${q('removedAt')} IS NOT NULL`);
  const skus: S[] = await runner.query(
    `SELECT ${q('id')}, ${q('productId')}, ${q('moq')}, ${q('leadTimeDays')}, ${q('samplePriceFen')}, ${q('tiers')} FROM ${q('skus')} ORDER BY ${q('sortOrder')}`,
  );
  const seen = new Set<string>();
  for (const s of skus) {
    if (seen.has(s.productId)) continue;
    seen.add(s.productId);
    await runner.query(
      `UPDATE ${q('products')} SET ${q('moq')} = ?, ${q('leadTimeDays')} = ?, ${q('sampleAvailable')} = ?, ${q('samplePriceFen')} = ? WHERE ${q('id')} = ?`,
      [s.moq, s.leadTimeDays, s.samplePriceFen === null ? 0 : 1, s.samplePriceFen, s.productId],
    );
    const tiers = JSON.parse(s.tiers || '[]') as { minQty: number; unitPriceFen: number }[];
    for (const t of tiers) {
      await runner.query(
        `INSERT INTO ${q('price_tiers')} (${q('id')}, ${q('productId')}, ${q('minQty')}, ${q('unitPriceFen')}) VALUES (?, ?, ?, ?)`,
        [randomUUID(), s.productId, t.minQty, t.unitPriceFen],
      );
    }
  }
}
