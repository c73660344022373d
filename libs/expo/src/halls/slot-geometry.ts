import { DomainError } from '@livefair/core';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Refuses a slot outside the cols x rows grid, or on top of another slot of the hall. */
export function assertPlaceable(
  slot: Rect & { code: string },
  cols: number,
  rows: number,
  others: (Rect & { code: string })[],
): void {
  if (slot.x < 0 || slot.y < 0 || slot.x + slot.w > cols || slot.y + slot.h > rows) {
    throw new DomainError('SLOT_OUT_OF_GRID', `Slot ${slot.code} must lie inside the ${cols} x ${rows} grid`);
  }
  const hit = others.find((o) => overlaps(slot, o));
  if (hit) throw new DomainError('SLOT_OVERLAP', `Slot ${slot.code} would overlap slot ${hit.code}`);
}
