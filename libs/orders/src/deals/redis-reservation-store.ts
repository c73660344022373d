import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import * as S from './redis-scripts';
import {
  DEAL_KEYS_TTL_MS,
  DealCounters,
  markerField,
  PendingEntry,
  ReconcileInput,
  ReconcileReport,
  Reservation,
  ReservationStore,
  ReserveOutcome,
  StockState,
} from './reservation-store';

type Reply = (string | number)[];

/** How many markers go to Redis per script call while rebuilding (a script blocks Redis while it runs). */
const MARKER_CHUNK = 2000;

/**
 * Production reservation store: one Lua script per operation on four hashes per deal (see
 * redis-scripts.ts), under `<QUEUE_PREFIX>:deal:{<id>}:` (the braces keep a deal's keys in one
 * Redis Cluster slot). Scripts go by EVALSHA, and by EVAL once after Redis lost its script cache.
 */
export class RedisReservationStore implements ReservationStore {
  readonly kind = 'redis' as const;
  private readonly shas = new Map<string, string>();
  private readonly keyCache = new Map<string, string[]>();

  constructor(
    private readonly redis: () => Redis,
    private readonly key: (...parts: string[]) => string,
  ) {}

  reserve(dealId: string, r: Reservation): Promise<ReserveOutcome> {
    // The hot path of a burst: a plain promise chain (each async layer costs a promise and its async-hook bookkeeping).
    return this.run(S.RESERVE, this.keys(dealId), [r.buyerId, r.key, r.qty, r.resId]).then(reserveOutcome);
  }

  async commit(dealId: string, items: readonly Reservation[]): Promise<StockState | null> {
    if (items.length === 0) return null;
    const args: (string | number)[] = [DEAL_KEYS_TTL_MS];
    for (const r of items) args.push(r.resId, r.buyerId, r.qty, r.key);
    return stateOf(await this.run(S.COMMIT, this.keys(dealId), args));
  }

  async release(dealId: string, items: readonly Reservation[]): Promise<StockState | null> {
    if (items.length === 0) return null;
    const args: (string | number)[] = [];
    for (const r of items) args.push(r.resId, r.buyerId, r.qty, r.key);
    return stateOf(await this.run(S.RELEASE, this.keys(dealId), args));
  }

  async giveBack(dealId: string, items: readonly { buyerId: string; qty: number }[]): Promise<StockState | null> {
    if (items.length === 0) return null;
    return stateOf(
      await this.run(
        S.GIVE_BACK,
        this.keys(dealId),
        items.flatMap((i) => [i.buyerId, i.qty]),
      ),
    );
  }

  async load(
    dealId: string,
    c: DealCounters,
    buyerSums: ReadonlyMap<string, number>,
    markers: readonly { buyerId: string; key: string; orderId: string }[],
    complete = false,
  ): Promise<void> {
    const keys = this.keys(dealId);
    const ttl = Math.max(0, c.endsAtMs - Date.now()) + DEAL_KEYS_TTL_MS;
    for (let i = 0; i < markers.length; i += MARKER_CHUNK) {
      const args: (string | number)[] = [];
      for (const m of markers.slice(i, i + MARKER_CHUNK)) args.push(markerField(m.buyerId, m.key), m.orderId);
      args.push(ttl);
      await this.run(S.MERGE_MARKERS, keys, args);
    }
    const args: (string | number)[] = [c.quantity, c.sold, c.perBuyerLimit, c.status, c.endsAtMs, ttl, complete ? 1 : 0];
    for (const [buyer, n] of buyerSums) if (n > 0) args.push(buyer, n);
    await this.run(S.LOAD, keys, args);
  }

  async reconcile(dealId: string, input: ReconcileInput): Promise<ReconcileReport> {
    const c = input.counters;
    const args: (string | number)[] = [c.quantity, c.sold, c.perBuyerLimit, c.status, c.endsAtMs];
    args.push(input.committed.length, ...input.committed, input.stale.length, ...input.stale);
    for (const [buyer, n] of input.buyerSums) if (n > 0) args.push(buyer, n);
    const r = await this.run(S.RECONCILE, this.keys(dealId), args);
    if (r[0] === 'missing') {
      return {
        missing: true,
        remainingFixed: 0,
        remainingBefore: 0,
        remainingAfter: 0,
        buyersFixed: 0,
        metaFixed: 0,
        committed: 0,
        released: 0,
        state: null,
      };
    }
    const n = (i: number) => Number(r[i]);
    return {
      missing: false,
      remainingFixed: n(1),
      remainingBefore: n(2),
      remainingAfter: n(3),
      buyersFixed: n(4),
      metaFixed: n(5),
      committed: n(6),
      released: n(7),
      state: { remaining: n(8), version: n(9), status: r[10] === 'active' ? 'active' : 'ended' },
    };
  }

  async pending(dealId: string): Promise<PendingEntry[] | null> {
    const [counters, , pending] = this.keys(dealId);
    const [exists, all] = await Promise.all([this.redis().exists(counters), this.redis().hgetall(pending)]);
    if (!exists) return null;
    const out: PendingEntry[] = [];
    for (const [resId, e] of Object.entries(all)) {
      const m = /^([^|]*)\|(\d+)\|(\d+)\|(.*)$/.exec(e);
      if (m) out.push({ resId, buyerId: m[1], qty: Number(m[2]), atMs: Number(m[3]), key: m[4] });
    }
    return out;
  }

  async state(dealIds: readonly string[]): Promise<(StockState | null)[]> {
    if (dealIds.length === 0) return [];
    const reply = (await this.run(
      S.STATE,
      dealIds.map((id) => this.keys(id)[0]),
      [],
    )) as unknown as Reply[];
    return reply.map((s) =>
      s.length ? { remaining: Number(s[0]), version: Number(s[1]), status: s[2] === 'active' ? 'active' : 'ended' } : null,
    );
  }

  async buyerQuantity(dealId: string, buyerId: string): Promise<number | null> {
    const [counters, buyers] = this.keys(dealId);
    const [exists, n] = await Promise.all([this.redis().exists(counters), this.redis().hget(buyers, buyerId)]);
    return exists ? Number(n ?? 0) : null;
  }

  async end(dealId: string): Promise<void> {
    await this.run(S.END, this.keys(dealId), [DEAL_KEYS_TTL_MS]);
  }

  async lock(name: string, ttlMs: number): Promise<boolean> {
    return (await this.redis().set(this.key('deal-lock', name), '1', 'PX', ttlMs, 'NX')) === 'OK';
  }

  async unlock(name: string): Promise<void> {
    await this.redis().del(this.key('deal-lock', name));
  }

  private keys(dealId: string): string[] {
    let keys = this.keyCache.get(dealId);
    if (!keys) {
      const base = this.key('deal', `{${dealId}}`);
      keys = [`${base}:counters`, `${base}:buyers`, `${base}:pending`, `${base}:markers`];
      if (this.keyCache.size >= 1000) this.keyCache.clear();
      this.keyCache.set(dealId, keys);
    }
    return keys;
  }

  /** EVALSHA, falling back to EVAL when Redis does not know the script (after a restart). */
  private run(script: string, keys: string[], args: (string | number)[]): Promise<Reply> {
    let sha = this.shas.get(script);
    if (!sha) this.shas.set(script, (sha = createHash('sha1').update(script).digest('hex')));
    return (this.redis().evalsha(sha, keys.length, ...keys, ...args) as Promise<Reply>).catch((err: unknown) => {
      if (!String((err as Error).message).startsWith('NOSCRIPT')) throw err;
      return this.redis().eval(script, keys.length, ...keys, ...args) as Promise<Reply>;
    });
  }
}

function reserveOutcome(reply: Reply): ReserveOutcome {
  const kind = String(reply[0]);
  if (kind === 'ok') return { kind: 'ok', remaining: Number(reply[1]), version: Number(reply[2]) };
  if (kind === 'done') return { kind: 'done', orderId: String(reply[1]) };
  if (kind === 'busy') return { kind: 'busy' };
  if (kind === 'missing') return { kind: 'missing' };
  return {
    kind: 'refused',
    reason: kind as 'ended' | 'sold-out' | 'short' | 'limit',
    value: Number(reply[1]),
    rebuiltAtMs: Number(reply[2]),
  };
}

function stateOf(reply: Reply): StockState | null {
  if (!reply.length) return null;
  return { remaining: Number(reply[0]), version: Number(reply[1]), status: reply[2] === 'active' ? 'active' : 'ended' };
}
