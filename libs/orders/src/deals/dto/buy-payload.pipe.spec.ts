import 'reflect-metadata';
import { DomainError, SocketValidationPipe } from '@livefair/core';
import { BuyDealPayload } from './buy-payload.pipe';
import { BuyDealDto } from './deal.dto';

const id = '0b6f6f4e-9d7e-4f7c-8a51-3c8f1f3f2a10';
const cases: unknown[] = [
  { dealId: id, quantity: 1, idempotencyKey: 'k-00000001' },
  { dealId: id, quantity: 100_000 },
  { dealId: id, quantity: 0 },
  { dealId: id, quantity: 100_001 },
  { dealId: id, quantity: 1.5 },
  { dealId: id, quantity: '1' },
  { dealId: 'nope', quantity: 1 },
  { dealId: 7, quantity: 1 },
  { quantity: 1 },
  { dealId: id },
  { dealId: id, quantity: 1, extra: true },
  {},
];

/** The fields a payload is refused for (sorted), or 'ok'. */
function verdict(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'VALIDATION_FAILED') throw err;
    return (err.details ?? [])
      .map((d) => d.field)
      .sort()
      .join(',');
  }
}

describe('BuyDealPayload', () => {
  it('accepts and refuses exactly what class-validator does with BuyDealDto, naming the same fields', () => {
    const byHand = new BuyDealPayload();
    const dto = new SocketValidationPipe();
    for (const c of cases) {
      expect([c, verdict(() => byHand.transform(c))]).toEqual([
        c,
        verdict(() => dto.transform(c, { type: 'body', metatype: BuyDealDto })),
      ]);
    }
  });

  it('passes the key on unchecked (the service answers IDEMPOTENCY_KEY_*)', () => {
    expect(new BuyDealPayload().transform({ dealId: id, quantity: 2, idempotencyKey: 42 })).toEqual({
      dealId: id,
      quantity: 2,
      idempotencyKey: 42,
    });
  });
});
