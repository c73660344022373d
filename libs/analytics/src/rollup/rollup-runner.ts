import { Injectable, Logger } from '@nestjs/common';
import { JobHandler } from '@livefair/core';
import { RollupStore } from './rollup-store';

/** Events one fold step reads (one transaction). */
export const FOLD_BATCH = 20_000;
/**
 * Events one rebuild step reads: larger, since nothing waits on a rebuild's steps; the tables
 * keyed by booth, hour, minute and route then take one write per key for more events.
 */
export const REBUILD_BATCH = 100_000;
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
    const folded = await this.catchUp(Number.POSITIVE_INFINITY, REBUILD_BATCH, true);
    this.logger.log(`rebuilt the roll-ups from ${folded} raw events in ${Date.now() - started} ms`);
    return folded;
  }

  /** Folds until no settled event is left or the budget is spent; answers how many events it folded. */
  async catchUp(budgetMs: number, batch = FOLD_BATCH, readAhead = false): Promise<number> {
    const until = Date.now() + budgetMs;
    let total = 0;
    for (;;) {
      const { folded } = await this.store.foldNext(batch, readAhead);
      total += folded;
      if (folded < batch || Date.now() > until) return total;
    }
  }
}
