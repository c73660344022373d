import { DomainError } from '@livefair/core';
import type { SkuInputDto } from './dto/product-input.dto';
import { Sku } from './entities/sku.entity';
import { planSkus } from './sku-plan';

const row = (id: string, skuCode: string, removedAt: Date | null = null) => Object.assign(new Sku(), { id, skuCode, removedAt });
const input = (skuCode: string, id?: string): SkuInputDto => ({
  id,
  skuCode,
  specs: {},
  retailPriceFen: 100,
  stock: 1,
  moq: 1,
  samplePriceFen: null,
  leadTimeDays: 1,
  tiers: [{ minQty: 1, unitPriceFen: 100 }],
});

describe('planSkus', () => {
  const now = new Date('2026-12-01T00:00:00Z');

  it('keeps ids, parks rows whose code changes, removes the rest and inserts new codes', () => {
    const plan = planSkus([row('a', 'A'), row('b', 'B'), row('c', 'C')], [input('B', 'a'), input('A', 'b'), input('D')], now);
    expect(plan.parked.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(plan.updates).toEqual(
      expect.arrayContaining([
        { id: 'c', fields: { removedAt: now } },
        { id: 'a', fields: expect.objectContaining({ skuCode: 'B', sortOrder: 0, removedAt: null }) },
        { id: 'b', fields: expect.objectContaining({ skuCode: 'A', sortOrder: 1 }) },
      ]),
    );
    expect(plan.inserts.map((s) => s.skuCode)).toEqual(['D']);
  });

  it('takes a row by code when no id is sent, reviving a removed one', () => {
    const plan = planSkus([row('a', 'A'), row('x', 'X', now)], [input('a'), input('X')], now);
    expect(plan.inserts).toEqual([]);
    expect(plan.updates.map((u) => [u.id, u.fields.skuCode, u.fields.removedAt])).toEqual([
      ['a', 'a', null],
      ['x', 'X', null],
    ]);
    expect(plan.parked.map((r) => r.id)).toEqual(['a']);
  });

  it('moves a removed row off a code a kept SKU now wants', () => {
    const plan = planSkus([row('a', 'A'), row('x', 'X', now)], [input('X', 'a')], now);
    expect(plan.parked.map((r) => r.id).sort()).toEqual(['a', 'x']);
    expect(plan.updates.map((u) => u.id)).toEqual(['a']);
  });

  it('refuses an id the product does not have, or has removed', () => {
    expect(() => planSkus([row('a', 'A')], [input('A', 'zzz')])).toThrow(DomainError);
    expect(() => planSkus([row('x', 'X', now)], [input('X', 'x')])).toThrow(/no SKU x/);
  });
});
