import type { SlotView } from '@livefair/protocol';

/** Percent placement of a slot on a cols x rows grid. */
export function slotStyle(s: Pick<SlotView, 'x' | 'y' | 'w' | 'h'>, cols: number, rows: number) {
  return {
    left: `${(s.x / cols) * 100}%`,
    top: `${(s.y / rows) * 100}%`,
    width: `${(s.w / cols) * 100}%`,
    height: `${(s.h / rows) * 100}%`,
  };
}

/** The grid background and its square cells, 72 px at most; `minCell` px keeps a phone's map legible (it scrolls). */
export function gridStyle(cols: number, rows: number, minCell: number) {
  return {
    aspectRatio: `${cols} / ${rows}`,
    minWidth: cols * minCell,
    maxWidth: cols * 72,
    backgroundSize: `${100 / cols}% ${100 / rows}%`,
  };
}

export function slotClass(s: SlotView): string {
  if (!s.booth) return 'lf-slot lf-slot-free';
  return `lf-slot lf-slot-booth lf-slot-${s.booth.liveStatus}`;
}

export function overlapsAny(r: { id: string; x: number; y: number; w: number; h: number }, slots: SlotView[]): boolean {
  return slots.some((o) => o.id !== r.id && r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h);
}

/** The first free place for a w x h slot, scanning rows top to bottom; null if none. */
export function firstFreePlace(
  slots: SlotView[],
  cols: number,
  rows: number,
  w: number,
  h: number,
): { x: number; y: number } | null {
  for (let y = 0; y + h <= rows; y++) {
    for (let x = 0; x + w <= cols; x++) {
      if (!overlapsAny({ id: '', x, y, w, h }, slots)) return { x, y };
    }
  }
  return null;
}
