import { FoldEvent, FoldOutput, foldEvents } from './fold';
import { medianOf } from './sql-rollup-store';

const place = { expoId: 'e', hallId: 'h', boothId: 'b1', enterpriseId: 'n' };
const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 8, 0, s));
let seq = 0;
const ev = (type: string, s: number, extra: Partial<FoldEvent> = {}): FoldEvent => ({
  seq: ++seq,
  type,
  visitorId: 'v1',
  userId: null,
  ...place,
  visitId: 'x1',
  watching: false,
  valueFen: 0,
  occurredAt: at(s),
  ...extra,
});

describe('foldEvents', () => {
  it('takes a visit from its first to its last event, whatever order they arrive in', () => {
    const out = new FoldOutput();
    foldEvents([ev('heartbeat', 40, { watching: true }), ev('booth.leave', 50), ev('booth.enter', 5)], out);
    expect(out.booths.get('b1')?.c).toMatchObject({ visits: 1, engaged: 1, dwellSeconds: 45, watchSeconds: 15 });
    expect([...out.dwell.values()]).toEqual([{ boothId: 'b1', seconds: 45, visits: 1 }]);
    expect(out.newVisits).toHaveLength(1);
  });

  it('moves a stored visit’s contribution instead of adding a second one', () => {
    const first = new FoldOutput();
    foldEvents([ev('booth.enter', 0), ev('heartbeat', 15)], first);
    const stored = first.visits.get('x1')!;
    const next = new FoldOutput();
    next.visits.set('x1', { ...stored });
    foldEvents([ev('booth.leave', 35)], next);
    expect(next.booths.get('b1')?.c).toMatchObject({ visits: 0, engaged: 1, dwellSeconds: 20 });
    expect(
      [...next.dwell.values()]
        .filter((d) => d.visits)
        .map((d) => [d.seconds, d.visits])
        .sort(),
    ).toEqual([
      [15, -1],
      [35, 1],
    ]);
    expect(next.newVisits).toHaveLength(0);
  });

  it('counts routes from the hall and between booths, and three-step paths', () => {
    const out = new FoldOutput();
    foldEvents(
      [
        ev('hall.enter', 0, { boothId: null, visitId: null }),
        ev('booth.enter', 1, { visitId: 'a' }),
        ev('booth.enter', 60, { visitId: 'b', boothId: 'b2' }),
      ],
      out,
    );
    expect([...out.routes.values()].map((r) => `${r.fromKey}>${r.toKey}`)).toEqual([
      'entry>hall:h',
      'hall:h>booth:b1',
      'booth:b1>booth:b2',
    ]);
    expect([...out.paths.values()].map((p) => p.path)).toEqual(['hall:h>booth:b1>booth:b2']);
  });
});

describe('medianOf', () => {
  it('is the middle visit, or the mean of the two middle ones', () => {
    expect(
      medianOf([
        { seconds: 5, visits: 1 },
        { seconds: 15, visits: 1 },
        { seconds: 60, visits: 1 },
      ]),
    ).toBe(15);
    expect(
      medianOf([
        { seconds: 20, visits: 1 },
        { seconds: 45, visits: 1 },
      ]),
    ).toBe(32.5);
    expect(
      medianOf([
        { seconds: 10, visits: 3 },
        { seconds: 99, visits: 1 },
      ]),
    ).toBe(10);
    expect(medianOf([])).toBe(0);
  });
});
