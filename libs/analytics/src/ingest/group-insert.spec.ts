import type { RawEvent } from '../entities/raw-event.entity';
import { GroupInsert } from './group-insert';

const rows = (...ids: string[]) => ids.map((id) => ({ id }) as RawEvent);

/** A write that holds each statement until released, storing ids not seen before (as INSERT IGNORE does). */
function fakeStore() {
  const stored = new Set<string>();
  const statements: string[][] = [];
  const held: (() => void)[] = [];
  let fail = false;
  const write = (batch: RawEvent[]) =>
    new Promise<Set<string>>((resolve, reject) => {
      statements.push(batch.map((r) => r.id));
      held.push(() => {
        if (fail) return reject(new Error('connection lost'));
        const now = new Set<string>();
        for (const r of batch)
          if (!stored.has(r.id)) {
            stored.add(r.id);
            now.add(r.id);
          }
        resolve(now);
      });
    });
  const release = async () => {
    while (held.length) held.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { write, statements, release, failNext: () => (fail = true), recover: () => (fail = false), stored };
}

describe('GroupInsert', () => {
  it('sends requests that arrive while a statement runs together in the next one, answering each its own count', async () => {
    const db = fakeStore();
    const g = new GroupInsert(db.write, 100, 1);
    const first = g.add(rows('a', 'b'));
    const later = [g.add(rows('c')), g.add(rows('d', 'a')), g.add(rows('e', 'e'))];
    expect(db.statements).toEqual([['a', 'b']]);
    await db.release();
    expect(await first).toBe(2);
    expect(db.statements[1]).toEqual(['c', 'd', 'a', 'e', 'e']);
    await db.release();
    // 'a' was stored by the first statement; 'e' twice in one request counts once.
    expect(await Promise.all(later)).toEqual([1, 1, 1]);
  });

  it('counts an id that two requests of one statement carry for the first of them', async () => {
    const db = fakeStore();
    const g = new GroupInsert(db.write, 100, 1);
    const blocker = g.add(rows('x'));
    const [a, b] = [g.add(rows('p', 'q')), g.add(rows('q', 'r'))];
    await db.release();
    await db.release();
    expect([await blocker, await a, await b]).toEqual([1, 2, 1]);
  });

  it('never splits a request and keeps statements under the row bound, with up to maxInFlight at once', async () => {
    const db = fakeStore();
    const g = new GroupInsert(db.write, 3, 2);
    const all = [g.add(rows('1')), g.add(rows('2')), g.add(rows('3', '4')), g.add(rows('5')), g.add(rows('6', '7', '8', '9'))];
    expect(db.statements).toEqual([['1'], ['2']]);
    await db.release();
    await db.release();
    await db.release();
    expect(db.statements.slice(2)).toEqual([
      ['3', '4', '5'],
      ['6', '7', '8', '9'],
    ]);
    expect(await Promise.all(all)).toEqual([1, 1, 2, 1, 4]);
  });

  it('fails every request of a failed statement, and goes on with the next ones', async () => {
    const db = fakeStore();
    const g = new GroupInsert(db.write, 100, 1);
    const blocker = g.add(rows('a'));
    const outcome = (p: Promise<number>) => p.then(String, (e: Error) => e.message);
    const failing = [outcome(g.add(rows('b'))), outcome(g.add(rows('c')))];
    await db.release();
    await blocker;
    db.failNext();
    await db.release();
    expect(await Promise.all(failing)).toEqual(['connection lost', 'connection lost']);
    expect(db.stored.has('b')).toBe(false);
    db.recover();
    const again = g.add(rows('b'));
    expect(db.statements.at(-1)).toEqual(['b']);
    await db.release();
    expect(await again).toBe(1);
  });

  it('hands a statement its rows when it goes out, not when its requests arrived (receivedAt is stamped then)', async () => {
    const db = fakeStore();
    const seen: string[][] = [];
    const g = new GroupInsert(db.write, 100, 1, (batch) => seen.push(batch.map((r) => r.id)));
    const first = g.add(rows('a'));
    const queued = g.add(rows('b', 'c'));
    expect(seen).toEqual([['a']]); // b and c wait behind the running statement: not stamped yet
    await db.release();
    await first;
    expect(seen).toEqual([['a'], ['b', 'c']]);
    await db.release();
    expect(await queued).toBe(2);
  });
});
