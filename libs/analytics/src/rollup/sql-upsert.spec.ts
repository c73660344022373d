import { sortedBy } from './sql-upsert';

describe('sortedBy', () => {
  it('orders by each column in turn: numbers by value, text by code unit, a shorter prefix first', () => {
    const rows = [
      { boothId: 'b', minute: 10, n: 1 },
      { boothId: 'a', minute: 9, n: 2 },
      { boothId: 'b', minute: 9, n: 3 },
      { boothId: 'ab', minute: 1, n: 4 },
      { boothId: 'a', minute: 100, n: 5 },
    ];
    expect(sortedBy(rows, ['boothId', 'minute']).map((r) => r.n)).toEqual([2, 5, 4, 3, 1]);
    expect(rows[0].n).toBe(1); // a sorted copy
    expect(sortedBy([{ k: 'hall:x' }, { k: 'entry' }, { k: 'booth:y' }], ['k']).map((r) => r.k)).toEqual([
      'booth:y',
      'entry',
      'hall:x',
    ]);
  });
});
