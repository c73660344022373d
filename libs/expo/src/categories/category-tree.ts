import { DomainError } from '@livefair/core';
import { CategoryInputDto } from './category-input.dto';

/** Refuses duplicate codes, unknown parents and cycles; returns the rows in input order. */
export function assertCategoryTree(rows: CategoryInputDto[]): void {
  const parentOf = new Map<string, string | null>();
  for (const r of rows) {
    if (parentOf.has(r.code)) throw new DomainError('CATEGORY_CODE_DUPLICATE', `Category code ${r.code} appears twice`);
    parentOf.set(r.code, r.parentCode || null);
  }
  for (const r of rows) {
    if (r.parentCode && !parentOf.has(r.parentCode)) {
      throw new DomainError(
        'CATEGORY_PARENT_UNKNOWN',
        `Category ${r.code} names parent ${r.parentCode}, which is not in the tree`,
      );
    }
  }
  // Each node has one parent: a walk up either reaches a root or comes back to a node seen on this walk.
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    const path = new Set<string>();
    let at: string | null = start;
    while (at && !done.has(at)) {
      if (path.has(at)) throw new DomainError('CATEGORY_CYCLE', `Categories ${[...path].join(' -> ')} -> ${at} form a cycle`);
      path.add(at);
      at = parentOf.get(at) ?? null;
    }
    path.forEach((c) => done.add(c));
  }
}
