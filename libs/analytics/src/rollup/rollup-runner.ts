import { Injectable, Logger } from '@nestjs/common';
import { JobHandler } from '@livefair/core';
import { FoldOptions, RollupStore } from './rollup-store';

/** Events one fold step reads (one transaction). */
export const FOLD_BATCH = 20_000;
/**
 * A rebuild's steps: each reads 100,000 events at a time and folds them into one output until it
 * would write about REBUILD_STEP_ENTRIES rows (or has folded REBUILD_STEP_EVENTS events), then
 * writes it once, in key order, into the emptied tables. Every key (a visit, a booth's minute, a
 * visitor's per-scope count, a route) then takes one write per step instead of one per read, and
 * rows are appended rather than scattered over tables larger than the buffer pool; the memory a
 * step holds stays bounded however many events there are.
 */
export const REBUILD_STEP: FoldOptions & { events: number } = {
  events: 2_000_000,
  readSize: 100_000,
  maxStateEntries: 1_500_000,
  readAhead: true,
};
/** A run stops after this long and leaves the rest to the next tick (the queue stays responsive). */
const RUN_BUDGET_MS = 20_000;

/**
 * The roll-up jobs: `analytics.rollup` folds the events after the watermark (every second, and when
 * ingest asks), `analytics.rebuild` starts over from the raw events with the same fold.
 */
@Injectable()
export class RollupRunner {
  private readonly logger = new Logger('AnalyticsRollup');

  constructor(private readonly store: RollupStore) {}

  @JobHandler('analytics.rollup')
  async rollup(): Promise<void> {
    await this.catchUp(RUN_BUDGET_MS);
  }

  @JobHandler('analytics.rebuild')
  async rebuildJob(): Promise<void> {
    await this.rebuild();
  }

  /** Forgets every roll-up and folds all raw events again; answers how many it folded. */
  async rebuild(): Promise<number> {
    const started = Date.now();
    await this.store.reset();
    const { events, ...opts } = REBUILD_STEP;
    const folded = await this.catchUp(Number.POSITIVE_INFINITY, events, opts);
    this.logger.log(`rebuilt the roll-ups from ${folded} raw events in ${Date.now() - started} ms`);
    return folded;
  }

  /** Folds until no settled event is left or the budget is spent; answers how many events it folded. */
  async catchUp(budgetMs: number, batch = FOLD_BATCH, opts: FoldOptions = {}): Promise<number> {
    const until = Date.now() + budgetMs;
    let total = 0;
    for (;;) {
      const { folded, full } = await this.store.foldNext(batch, opts);
      total += folded;
      if (!full || Date.now() > until) return total;
    }
  }
}
