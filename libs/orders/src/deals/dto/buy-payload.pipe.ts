import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError, FieldProblem } from '@livefair/core';
import { DEAL_MAX_QUANTITY } from '@livefair/protocol';
import type { BuyDealDto } from './deal.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = new Set(['dealId', 'quantity', 'idempotencyKey']);

/**
 * `deal.buy`'s payload checked by hand: the same rules and answer as BuyDealDto under
 * class-validator (VALIDATION_FAILED with `details` per field, unknown fields refused), at a
 * fraction of the cost on the path a burst of buyers takes (docs/orders.md, Cost of the buy path).
 */
@Injectable()
export class BuyDealPayload implements PipeTransform {
  transform(value: unknown): BuyDealDto {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new DomainError('VALIDATION_FAILED', 'The payload must be a JSON object');
    const v = value as Record<string, unknown>;
    const problems: FieldProblem[] = [];
    for (const field of Object.keys(v)) {
      if (!FIELDS.has(field)) problems.push({ field, problems: [`property ${field} should not exist`] });
    }
    if (typeof v.dealId !== 'string' || !UUID.test(v.dealId))
      problems.push({ field: 'dealId', problems: ['dealId must be an id'] });
    const q = v.quantity;
    if (typeof q !== 'number' || !Number.isInteger(q) || q < 1 || q > DEAL_MAX_QUANTITY)
      problems.push({ field: 'quantity', problems: [`quantity must be an integer from 1 to ${DEAL_MAX_QUANTITY}`] });
    if (problems.length)
      throw new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.problems[0]}`).join('; '), problems);
    return { dealId: v.dealId as string, quantity: q as number, idempotencyKey: v.idempotencyKey };
  }
}
