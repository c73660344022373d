import { Brackets, WhereExpressionBuilder } from 'typeorm';
import type { RfqFilter } from './dto/rfq-list-query.dto';

/**
 * The SQL twin of `rfqStatusAt` (quote-status.ts) for lists and counts: which rows of alias `r`
 * read as `filter` at `:now`. The stored status lags the clock by up to a sweep.
 */
export function whereRfqStatus(qb: WhereExpressionBuilder, filter: RfqFilter, now: Date): void {
  const p = { now };
  const open = new Brackets((b) =>
    b
      .where(`(r.status = 'open' AND r.deadline > :now)`, p)
      .orWhere(`(r.status = 'quoted' AND (r.offerValidUntil IS NULL OR r.offerValidUntil <= :now) AND r.deadline > :now)`, p),
  );
  const quoted = `(r.status = 'quoted' AND r.offerValidUntil > :now)`;
  const declined = `(r.status = 'declined' AND r.deadline > :now)`;
  switch (filter) {
    case 'open':
      qb.andWhere(open);
      return;
    case 'quoted':
      qb.andWhere(quoted, p);
      return;
    case 'declined':
      qb.andWhere(declined, p);
      return;
    case 'active':
      qb.andWhere(new Brackets((b) => b.where(open).orWhere(quoted, p).orWhere(declined, p)));
      return;
    case 'expired':
      qb.andWhere(
        new Brackets((b) =>
          b
            .where(`r.status = 'expired'`)
            .orWhere(`(r.status IN ('open', 'declined') AND r.deadline <= :now)`, p)
            .orWhere(
              `(r.status = 'quoted' AND (r.offerValidUntil IS NULL OR r.offerValidUntil <= :now) AND r.deadline <= :now)`,
              p,
            ),
        ),
      );
      return;
    case 'accepted':
    case 'closed':
      qb.andWhere('r.status = :stored', { stored: filter });
      return;
  }
}

/** A LIKE pattern that matches `text` anywhere, with % and _ taken literally (escape character `!`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
