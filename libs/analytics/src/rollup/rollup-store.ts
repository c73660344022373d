/**
 * The roll-ups behind one interface: folding new raw events in, starting over, and the reads the
 * dashboards make. `SqlRollupStore` keeps them in MySQL/MariaDB (or the embedded engine); a column
 * store could implement the same interface later.
 */
export abstract class RollupStore {
  /** Folds the next events after the watermark (at most `limit`) in one step; how many it folded. */
  abstract foldNext(limit: number, opts?: FoldOptions): Promise<FoldResult>;
  /** Forgets every roll-up and moves the watermark back to 0 (the raw events stay). */
  abstract reset(): Promise<void>;
  abstract cursor(): Promise<{ seq: number; updatedAt: Date | null }>;
  /** The highest stored event sequence. */
  abstract headSeq(): Promise<number>;

  abstract boothRows(filter: { expoId?: string; boothIds?: string[] }): Promise<BoothRow[]>;
  abstract hourRows(filter: { expoId?: string; boothId?: string }): Promise<HourRow[]>;
  abstract medians(boothIds: string[]): Promise<Map<string, number>>;
  abstract scopeStats(scopes: string[]): Promise<Map<string, { uniqueVisitors: number; repeatVisitors: number }>>;
  abstract frequency(scope: string): Promise<{ visits: number; visitors: number }[]>;
  abstract routes(expoId: string, limit: number, touching?: string): Promise<RouteRow[]>;
  abstract paths(expoId: string, limit: number): Promise<{ path: string; count: number }[]>;
  abstract visitsOf(userId: string, boothId: string): Promise<VisitRow[]>;
}

export interface FoldOptions {
  /** Events one read takes (default: `limit`, one read a step); a step folds its reads and writes once. */
  readSize?: number;
  /** A step stops reading once what it folded would write about this many rows (it bounds the memory a rebuild's steps take). */
  maxStateEntries?: number;
  /** Each full read sends the next read on another connection while this step folds (a rebuild). */
  readAhead?: boolean;
}

export interface FoldResult {
  folded: number;
  /** The watermark after the step. */
  seq: number;
  /** The step stopped at `limit` or `maxStateEntries`, not for want of settled events: there may be more. */
  full: boolean;
}

export interface BoothRow {
  boothId: string;
  expoId: string;
  hallId: string;
  enterpriseId: string;
  visits: number;
  engaged: number;
  dwellSeconds: number;
  watchSeconds: number;
  watchStarts: number;
  productViews: number;
  inquiries: number;
  orders: number;
  orderValueFen: number;
  peakConcurrent: number;
}

export interface HourRow {
  hour: number;
  hallId: string;
  visits: number;
  engaged: number;
  dwellSeconds: number;
  watchSeconds: number;
  inquiries: number;
  orders: number;
  orderValueFen: number;
}

export interface RouteRow {
  fromKey: string;
  toKey: string;
  count: number;
}

export interface VisitRow {
  visitId: string;
  boothId: string;
  startedAt: Date;
  lastSeenAt: Date;
  productViews: number;
  watchSeconds: number;
}
