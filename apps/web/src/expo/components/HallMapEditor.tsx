import type { HallMapView, SlotView } from '@livefair/protocol';
import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

import { gridStyle, overlapsAny, slotClass, slotStyle } from './slotClass';

type Mode = 'move' | 'resize';
interface Drag {
  id: string;
  mode: Mode;
  startX: number;
  startY: number;
  cell: number;
  origin: SlotView;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Props {
  map: HallMapView;
  editable: boolean;
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** Persist a move or resize; reject to have the slot snap back. */
  onChange(slot: SlotView, next: { x: number; y: number; w: number; h: number }): Promise<void>;
}

/** The organizer's hall map: drag a slot to move it, drag its corner to resize; changes persist on drop. */
export function HallMapEditor({ map, editable, selectedId, onSelect, onChange }: Props) {
  const { gridCols: cols, gridRows: rows } = map.hall;
  const gridRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [pending, setPending] = useState<{ id: string; x: number; y: number; w: number; h: number } | null>(null);

  const begin = (e: ReactPointerEvent, slot: SlotView, mode: Mode) => {
    if (!editable || !gridRef.current) return;
    e.stopPropagation();
    e.preventDefault();
    (e.target as Element).setPointerCapture?.(e.pointerId);
    const cell = gridRef.current.getBoundingClientRect().width / cols;
    onSelect(slot.id);
    setDrag({
      id: slot.id,
      mode,
      startX: e.clientX,
      startY: e.clientY,
      cell,
      origin: slot,
      x: slot.x,
      y: slot.y,
      w: slot.w,
      h: slot.h,
    });
  };

  const move = (e: ReactPointerEvent) => {
    if (!drag) return;
    const dx = Math.round((e.clientX - drag.startX) / drag.cell);
    const dy = Math.round((e.clientY - drag.startY) / drag.cell);
    const o = drag.origin;
    if (drag.mode === 'move') {
      const x = Math.min(Math.max(0, o.x + dx), cols - o.w);
      const y = Math.min(Math.max(0, o.y + dy), rows - o.h);
      if (x !== drag.x || y !== drag.y) setDrag({ ...drag, x, y });
    } else {
      const w = Math.min(Math.max(1, o.w + dx), cols - o.x);
      const h = Math.min(Math.max(1, o.h + dy), rows - o.y);
      if (w !== drag.w || h !== drag.h) setDrag({ ...drag, w, h });
    }
  };

  const end = () => {
    if (!drag) return;
    const { origin, x, y, w, h } = drag;
    setDrag(null);
    if (x === origin.x && y === origin.y && w === origin.w && h === origin.h) return;
    setPending({ id: origin.id, x, y, w, h });
    onChange(origin, { x, y, w, h }).finally(() => setPending(null));
  };

  return (
    <div className="lf-hallmap-scroll">
      <div
        ref={gridRef}
        className="lf-hallmap"
        style={gridStyle(cols, rows, 36)}
        data-testid="hall-map-editor"
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={() => setDrag(null)}
        onPointerDown={() => onSelect(null)}
      >
        {map.slots.map((slot) => {
          const live = drag?.id === slot.id ? drag : pending?.id === slot.id ? pending : null;
          const at = live ? { ...slot, x: live.x, y: live.y, w: live.w, h: live.h } : slot;
          const invalid = !!drag && drag.id === slot.id && overlapsAny(at, map.slots);
          const classes = [
            slotClass(slot),
            editable ? 'lf-slot-editable' : '',
            drag?.id === slot.id ? 'lf-slot-dragging' : '',
            invalid ? 'lf-slot-invalid' : '',
            selectedId === slot.id ? 'lf-slot-selected' : '',
          ].join(' ');
          return (
            <div
              key={slot.id}
              className={classes}
              style={slotStyle(at, cols, rows)}
              data-slot-code={slot.code}
              data-slot-pos={`${slot.x},${slot.y},${slot.w},${slot.h}`}
            >
              <div className="lf-slot-body" onPointerDown={(e) => begin(e, slot, 'move')}>
                <span className="lf-slot-code">{slot.code}</span>
                {slot.booth ? <span className="lf-slot-name">{slot.booth.enterpriseName}</span> : null}
                {editable ? (
                  <span className="lf-slot-handle" data-testid="slot-resize" onPointerDown={(e) => begin(e, slot, 'resize')} />
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
