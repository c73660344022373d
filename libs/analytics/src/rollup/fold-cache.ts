import type { TrailState, VisitState } from './fold';

/** Entries each of the cache's maps keeps at most; past it the oldest go (and are read from the tables again). */
export const FOLD_CACHE_ENTRIES = 300_000;

/**
 * What this process last wrote to the fold's state tables (visits, trails, per-scope visit counts,
 * per-minute visitor counts), so that the next fold step reads them from memory instead of
 * selecting them again. Write-through: the tables stay the truth, and the cache is used only while
 * the cursor still carries the stamp (sequence and update time) of this process's own last fold
 * step: any other writer (another process's fold, a reset) changes the stamp and the cache is
 * dropped. `complete` means the cache holds every stored row (this process emptied the tables and
 * nothing was evicted since): a key it lacks is then known to be absent, and no select is needed.
 * Updated only after the fold's transaction commits.
 */
export class FoldCache {
  stamp: string | null = null;
  complete = false;
  readonly visits = new Map<string, VisitState>();
  readonly trails = new Map<string, TrailState>();
  readonly scopeVisits = new Map<string, number>();
  readonly minutes = new Map<string, number>();

  /** Drops everything; `complete` when the tables are known to be empty. */
  clear(stamp: string | null = null, complete = false): void {
    this.visits.clear();
    this.trails.clear();
    this.scopeVisits.clear();
    this.minutes.clear();
    this.stamp = stamp;
    this.complete = complete;
  }

  /** Keys of `map` to select from the tables: none when complete, else those not cached. */
  missing<V>(map: Map<string, V>, keys: Iterable<string>): string[] {
    if (this.complete) return [];
    const out: string[] = [];
    for (const k of keys) if (!map.has(k)) out.push(k);
    return out;
  }

  /** Records a committed value (most recent last in the map's order), evicting the oldest past the bound. */
  put<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    map.set(key, value);
    if (map.size > FOLD_CACHE_ENTRIES) {
      const drop = map.size - FOLD_CACHE_ENTRIES;
      let n = 0;
      for (const k of map.keys()) {
        if (n++ >= drop) break;
        map.delete(k);
      }
      this.complete = false;
    }
  }
}

/** The cursor's stamp: its sequence and update time (ms). */
export const stampOf = (seq: number, updatedAt: Date | null): string => `${seq}|${updatedAt ? updatedAt.getTime() : 'none'}`;
