import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  DomainError,
  ErrorCode,
  flatDtoAccepts,
  JobQueue,
  Principal,
  TransactionalConnection,
} from '@livefair/core';
import type { AnalyticsBatchResult, RejectedEvent } from '@livefair/protocol';
import { validateSync } from 'class-validator';
import { RawEvent } from '../entities/raw-event.entity';
import type { Place } from '../rollup/fold';
import { isMysql } from '../rollup/sql-upsert';
import { BoothDirectory } from './booth-directory';
import { AnalyticsBatchDto, AnalyticsEventDto } from './event.dto';
import { IngestRateLimit } from './ingest-rate-limit';
import { GroupInsert } from './group-insert';
import { insertIgnore, takesReturning } from './insert-ignore';

/** A request for a roll-up run goes out at most this often per process (the repeat runs every second anyway). */
const KICK_EVERY_MS = 250;
/** Rows one group-commit statement carries at most, and how many such statements run at once. */
const GROUP_MAX_ROWS = 500;
const GROUP_IN_FLIGHT = 4;
/** Without RETURNING (MySQL): statements of one request each, this many at once. */
const UNGROUPED_IN_FLIGHT = 10;

/**
 * Validates and stores a batch of client events: each event on its own (a bad one is answered with
 * its index and code, the good ones are stored), unknown booths and halls are bad events, replays
 * are stored once, per-visitor and per-IP budgets apply. The server stamps the receive time and
 * never lets occurredAt be later than it; events older than ANALYTICS_MAX_EVENT_AGE_MINUTES are rejected.
 */
@Injectable()
export class IngestService {
  private readonly logger = new Logger('AnalyticsIngest');
  private lastKick = 0;
  private inserts: Promise<GroupInsert> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: BoothDirectory,
    private readonly rate: IngestRateLimit,
    private readonly tx: TransactionalConnection,
    private readonly queue: JobQueue,
  ) {}

  async ingest(batch: AnalyticsBatchDto, principal: Principal | null, ip: string): Promise<AnalyticsBatchResult> {
    const max = this.config.analytics.maxBatch;
    if (batch.events.length > max) throw new DomainError('ANALYTICS_BATCH_TOO_LARGE', `At most ${max} events per batch`);
    const receivedAt = new Date();
    const rejected: RejectedEvent[] = [];
    const reject = (index: number, code: ErrorCode, message: string) => rejected.push({ index, code, message });
    const good: { index: number; row: RawEvent }[] = [];
    for (const [index, raw] of batch.events.entries()) {
      const row = this.check(raw, index, batch.visitorId, principal, receivedAt, reject);
      // A place not in the directory's cache yet is looked up (once per process and minute).
      const placed = row instanceof Promise ? await row : row;
      if (placed) good.push({ index, row: placed });
    }
    const budget = await this.rate.take(batch.visitorId, ip, good.length);
    if (good.length > 0 && budget.ipAllowed === 0) {
      throw new DomainError('RATE_LIMITED', 'Too many analytics events from this address', undefined, budget.retryAfter);
    }
    const allowed = Math.min(budget.visitorAllowed, budget.ipAllowed);
    for (const g of good.slice(allowed))
      reject(g.index, 'EVENT_RATE_LIMITED', 'Too many events from this visitor; try again later');
    const rows = good.slice(0, allowed).map((g) => g.row);
    const stored = await this.store(rows);
    if (stored > 0) this.kick();
    rejected.sort((a, b) => a.index - b.index);
    return { accepted: stored, duplicates: rows.length - stored, rejected };
  }

  /** Stores events recorded by the server (inquiries, orders); a replay of the same id is a no-op. */
  async record(...rows: RawEvent[]): Promise<void> {
    if ((await this.store(rows)) > 0) this.kick();
  }

  /**
   * One event: its rules (the DTO's class-validator rules, run from a plan made once; class-validator
   * itself words a refusal), its age, and its booth or hall. Synchronous while the directory has the
   * place cached, which is every event but a process's first of each place.
   */
  private check(
    raw: Record<string, unknown>,
    index: number,
    visitorId: string,
    principal: Principal | null,
    receivedAt: Date,
    reject: (index: number, code: ErrorCode, message: string) => void,
  ): RawEvent | null | Promise<RawEvent | null> {
    // The JSON body's plain object onto the DTO's prototype: its fields are strings and booleans, nothing to transform.
    const dto = Object.assign(new AnalyticsEventDto(), raw);
    if (flatDtoAccepts(dto) !== true) {
      const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length) {
        const fields = errors.map((e) => e.property).join(', ');
        reject(index, 'EVENT_INVALID', `Invalid or missing: ${fields}`);
        return null;
      }
    }
    const clientTime = new Date(dto.occurredAt);
    if (receivedAt.getTime() - clientTime.getTime() > this.config.analytics.maxEventAgeMs) {
      reject(index, 'EVENT_TOO_OLD', 'occurredAt is too far in the past');
      return null;
    }
    const occurredAt = clientTime > receivedAt ? receivedAt : clientTime;
    // Field by field: no object literal per event to copy from (ingest makes 50 of these per request).
    const row = new RawEvent();
    row.id = dto.id;
    row.type = dto.type;
    row.visitorId = visitorId;
    row.userId = principal?.userId ?? null;
    row.hallId = null;
    row.boothId = null;
    row.enterpriseId = null;
    row.visitId = dto.visitId ?? null;
    row.refId = dto.productId ?? dto.sessionId ?? null;
    row.watching = dto.type === 'heartbeat' && dto.watching === true;
    row.valueFen = 0;
    row.occurredAt = occurredAt;
    row.receivedAt = receivedAt;
    if (dto.type === 'hall.enter') {
      const place = (halls: Set<string> | null): RawEvent | null => {
        if (!halls || (dto.hallId && !halls.has(dto.hallId))) {
          reject(index, 'EVENT_UNKNOWN_HALL', 'No such expo or hall');
          return null;
        }
        row.expoId = dto.expoId!;
        row.hallId = dto.hallId ?? null;
        return row;
      };
      const cached = this.directory.cachedHalls(dto.expoId!);
      return cached === undefined ? this.directory.hallsOf(dto.expoId!).then(place) : place(cached);
    }
    const place = (p: Place | null): RawEvent | null => {
      if (!p) {
        reject(index, 'EVENT_UNKNOWN_BOOTH', 'No such booth');
        return null;
      }
      row.expoId = p.expoId;
      row.hallId = p.hallId;
      row.boothId = p.boothId;
      row.enterpriseId = p.enterpriseId;
      return row;
    };
    const cached = this.directory.cachedBooth(dto.boothId!);
    return cached === undefined ? this.directory.booth(dto.boothId!).then(place) : place(cached);
  }

  private async store(rows: RawEvent[]): Promise<number> {
    if (rows.length === 0) return 0;
    // Decided once per process (a failed look-up is tried again by the next request).
    this.inserts ??= this.groupInsert().catch((e: unknown) => {
      this.inserts = null;
      throw e;
    });
    return (await this.inserts).add(rows);
  }

  /**
   * Group commit where the engine can say which ids a statement stored (INSERT ... RETURNING: the
   * embedded engine, MariaDB 10.5+); on MySQL each request keeps a statement of its own, answered
   * by its affected rows.
   */
  private async groupInsert(): Promise<GroupInsert> {
    const manager = this.tx.manager;
    const mysql = isMysql(manager);
    const returning = mysql
      ? takesReturning(String(((await manager.query('SELECT VERSION() AS v')) as { v: string }[])[0].v))
      : true;
    const write = (rows: RawEvent[]): Promise<Set<string>> => retryDeadlock(() => writeOnce(rows));
    const writeOnce = async (rows: RawEvent[]): Promise<Set<string>> => {
      const m = this.tx.manager;
      // The embedded engine has one connection and takes transactions in turn.
      if (!mysql) return this.tx.run((t) => insertIgnore(t, rows, true));
      if (returning) return insertIgnore(m, rows, true);
      // One request per statement here: its count is all that is needed, so any `stored` of its ids will do.
      const stored = await insertIgnore(m, rows, false);
      return new Set([...new Set(rows.map((r) => r.id))].slice(0, stored));
    };
    // receivedAt is what the fold's gap grace reads (a gap before a row received long ago is taken as
    // settled): stamped when the statement goes out, so time spent queued behind other statements
    // cannot make the fold skip the ids of a statement still running.
    const stamp = (rows: RawEvent[]) => {
      const now = new Date();
      for (const r of rows) {
        if (r.occurredAt >= r.receivedAt) r.occurredAt = now; // clamped to its receipt: it stays so
        r.receivedAt = now;
      }
    };
    return returning
      ? new GroupInsert(write, GROUP_MAX_ROWS, GROUP_IN_FLIGHT, stamp)
      : new GroupInsert(write, 0, UNGROUPED_IN_FLIGHT, stamp);
  }

  private kick(): void {
    const now = Date.now();
    if (now - this.lastKick < KICK_EVERY_MS) return;
    this.lastKick = now;
    this.queue
      .enqueue('analytics.rollup', {}, { jobId: 'analytics.rollup' })
      .catch((e: unknown) => this.logger.warn(`could not request a roll-up: ${String(e)}`));
  }
}

/**
 * Concurrent multi-row INSERT IGNOREs that share ids can deadlock on InnoDB's unique index
 * (ER_LOCK_DEADLOCK, 1213; seen with 4 statements of 500 rows and 1 % repeated ids). InnoDB rolled
 * the victim back whole and INSERT IGNORE is idempotent, so the statement is sent again.
 */
async function retryDeadlock<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const errno =
        (e as { errno?: number; driverError?: { errno?: number } }).errno ??
        (e as { driverError?: { errno?: number } }).driverError?.errno;
      if (errno !== 1213 || attempt >= tries) throw e;
    }
  }
}
