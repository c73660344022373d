import { DomainError } from '@livefair/core';
import { priceOrder, SAMPLE_MAX_QUANTITY, tierFor } from '@livefair/protocol';
import { lineTotalFen, MAX_ORDER_TOTAL_FEN, tierUnitPriceFen, yuanText } from './money';
import { unitPriceOrThrow } from './placement/pricing';

/** A small seeded PRNG (mulberry32): the same cases every run, many of them. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function randomTiers(r: () => number) {
  const n = int(r, 0, 6);
  const mins = new Set<number>();
  while (mins.size < n) mins.add(int(r, 1, 5000));
  // Unsorted on purpose: pricing must not depend on the order tiers come in.
  return [...mins].sort(() => r() - 0.5).map((minQty) => ({ minQty, unitPriceFen: int(r, 0, 2_000_000) }));
}

describe('money: pricing over many random tier tables and quantities', () => {
  const r = rng(20261201);
  const CASES = 5000;

  it('picks the tier with the highest minQty not above the quantity (retail price below the first)', () => {
    for (let i = 0; i < CASES; i++) {
      const tiers = randomTiers(r);
      const retail = int(r, 0, 2_000_000);
      const q = int(r, 1, 10_000);
      const eligible = tiers.filter((t) => t.minQty <= q);
      const expected = eligible.length ? eligible.reduce((a, b) => (b.minQty > a.minQty ? b : a)).unitPriceFen : retail;
      expect(tierUnitPriceFen(retail, tiers, q)).toBe(expected);
      expect(tierFor(tiers, q)?.unitPriceFen ?? retail).toBe(expected);
    }
  });

  it('gives exact integer totals, never negative, never a float, equal to the BigInt product', () => {
    for (let i = 0; i < CASES; i++) {
      const unit = int(r, 0, 2_147_483_647);
      const q = int(r, 1, 1_000_000);
      if (BigInt(unit) * BigInt(q) > BigInt(MAX_ORDER_TOTAL_FEN)) {
        expect(() => lineTotalFen(unit, q)).toThrow(DomainError);
        continue;
      }
      const total = lineTotalFen(unit, q);
      expect(Number.isSafeInteger(total)).toBe(true);
      expect(total).toBeGreaterThanOrEqual(0);
      expect(BigInt(total)).toBe(BigInt(unit) * BigInt(q));
    }
  });

  it('prices bulk, retail and sample orders by their rules, or names the rule that refuses them', () => {
    for (let i = 0; i < CASES; i++) {
      const terms = {
        retailPriceFen: int(r, 0, 100_000),
        tiers: randomTiers(r),
        moq: int(r, 1, 500),
        samplePriceFen: r() < 0.3 ? null : int(r, 0, 50_000),
        stock: int(r, 0, 1000),
      };
      const q = int(r, 1, 3000);
      const bulk = priceOrder(terms, 'bulk', q);
      if (q < terms.moq) expect(bulk).toEqual({ ok: false, code: 'MOQ_NOT_MET', limit: terms.moq });
      else expect(bulk).toMatchObject({ ok: true, unitPriceFen: tierUnitPriceFen(terms.retailPriceFen, terms.tiers, q) });
      const retail = priceOrder(terms, 'retail', q);
      if (q > terms.stock) expect(retail).toEqual({ ok: false, code: 'OUT_OF_STOCK', limit: terms.stock });
      else expect(retail).toMatchObject({ ok: true, unitPriceFen: terms.retailPriceFen, totalFen: terms.retailPriceFen * q });
      const sample = priceOrder(terms, 'sample', q);
      if (terms.samplePriceFen === null) expect(sample).toMatchObject({ ok: false, code: 'SAMPLE_UNAVAILABLE' });
      else if (q > SAMPLE_MAX_QUANTITY) expect(sample).toMatchObject({ ok: false, code: 'SAMPLE_LIMIT_EXCEEDED' });
      else expect(sample).toMatchObject({ ok: true, unitPriceFen: terms.samplePriceFen });
      for (const p of [bulk, retail, sample])
        if (p.ok) {
          expect(Number.isInteger(p.totalFen)).toBe(true);
          expect(p.totalFen).toBe(p.unitPriceFen * q);
          expect(p.totalFen).toBeGreaterThanOrEqual(0);
        }
    }
  });

  it('formats fen as yuan exactly, with two decimals', () => {
    for (let i = 0; i < CASES; i++) {
      const fen = int(r, 0, MAX_ORDER_TOTAL_FEN);
      const text = yuanText(fen);
      expect(text).toMatch(/^\d+\.\d{2}$/);
      expect(BigInt(text.replace('.', ''))).toBe(BigInt(fen));
    }
    expect([yuanText(0), yuanText(5), yuanText(100), yuanText(123456), yuanText(MAX_ORDER_TOTAL_FEN)]).toEqual([
      '0.00',
      '0.05',
      '1.00',
      '1234.56',
      '10000000000.00',
    ]);
  });

  it('refuses what is not money: floats, negatives, a quantity of 0, a total past the cap', () => {
    expect(() => lineTotalFen(10.5, 2)).toThrow(RangeError);
    expect(() => lineTotalFen(-1, 2)).toThrow(RangeError);
    expect(() => lineTotalFen(100, 0)).toThrow(RangeError);
    expect(() => lineTotalFen(100, 1.5)).toThrow(RangeError);
    expect(() => lineTotalFen(2_000_000_000, 1_000)).toThrow(expect.objectContaining({ code: 'ORDER_TOTAL_TOO_LARGE' }));
    expect(() => yuanText(0.5)).toThrow(RangeError);
  });

  it("throws the pricing rule's code with a message naming the limit", () => {
    const terms = {
      retailPriceFen: 3900,
      tiers: [{ minQty: 50, unitPriceFen: 3000 }],
      moq: 50,
      samplePriceFen: null,
      stock: 3,
      unit: '件',
    };
    expect(() => unitPriceOrThrow(terms, 'bulk', 49)).toThrow(
      expect.objectContaining({ code: 'MOQ_NOT_MET', message: expect.stringContaining('at least 50 件') }),
    );
    expect(() => unitPriceOrThrow(terms, 'retail', 4)).toThrow(expect.objectContaining({ code: 'OUT_OF_STOCK' }));
    expect(() => unitPriceOrThrow(terms, 'sample', 1)).toThrow(expect.objectContaining({ code: 'SAMPLE_UNAVAILABLE' }));
    expect(unitPriceOrThrow(terms, 'bulk', 50)).toBe(3000);
  });
});
