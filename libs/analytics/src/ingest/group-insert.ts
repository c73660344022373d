import type { RawEvent } from '../entities/raw-event.entity';

interface Pending {
  rows: RawEvent[];
  resolve: (stored: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit across requests: the rows of requests that arrive while `maxInFlight` statements are
 * under way wait and go out together in the next one (at most `maxRows` rows; a request's rows are
 * never split). Each request is answered once the statement that holds its rows has committed, with
 * how many of its rows were stored; an id stored by the statement counts for the first request in
 * it that carries the id (as if the requests had gone one after the other). A failed statement
 * fails every request in it, and none of their rows is stored.
 */
export class GroupInsert {
  private readonly waiting: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly write: (rows: RawEvent[]) => Promise<Set<string>>,
    private readonly maxRows: number,
    private readonly maxInFlight: number,
    /** Called with a statement's rows just before it goes out (not when its requests arrived). */
    private readonly onStatement: (rows: RawEvent[]) => void = () => undefined,
  ) {}

  /** Stores `rows` (with other requests' rows, if any wait); answers how many were stored. */
  add(rows: RawEvent[]): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.waiting.push({ rows, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.waiting.length > 0) {
      const group: Pending[] = [];
      let n = 0;
      while (this.waiting.length > 0 && (group.length === 0 || n + this.waiting[0].rows.length <= this.maxRows)) {
        const next = this.waiting.shift()!;
        group.push(next);
        n += next.rows.length;
      }
      this.inFlight++;
      void this.run(group).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async run(group: Pending[]): Promise<void> {
    let stored: Set<string>;
    try {
      const rows = group.length === 1 ? group[0].rows : group.flatMap((p) => p.rows);
      this.onStatement(rows);
      stored = await this.write(rows);
    } catch (e) {
      for (const p of group) p.reject(e);
      return;
    }
    for (const p of group) {
      let n = 0;
      for (const r of p.rows) if (stored.delete(r.id)) n++;
      p.resolve(n);
    }
  }
}
