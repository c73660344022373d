import { HEARTBEAT_SECONDS } from '@livefair/protocol';

/** Engaged: a visit that lasted this long, or opened a product. */
export const ENGAGED_SECONDS = 30;
/** A visit's dwell counts at most this long (a tab left open overnight is not a 12-hour visit). */
export const MAX_VISIT_SECONDS = 4 * 3600;

/** A raw event as the fold reads it. */
export interface FoldEvent {
  seq: number;
  type: string;
  visitorId: string;
  userId: string | null;
  expoId: string;
  hallId: string | null;
  boothId: string | null;
  enterpriseId: string | null;
  visitId: string | null;
  watching: boolean;
  valueFen: number;
  occurredAt: Date;
}

export interface VisitState {
  visitId: string;
  boothId: string;
  hallId: string;
  expoId: string;
  enterpriseId: string;
  visitorId: string;
  userId: string | null;
  startedAt: Date;
  lastSeenAt: Date;
  productViews: number;
  watchSeconds: number;
  watchStarts: number;
}

export interface TrailState {
  last: string;
  previous: string | null;
}

export interface BoothCounters {
  visits: number;
  engaged: number;
  dwellSeconds: number;
  watchSeconds: number;
  watchStarts: number;
  productViews: number;
  inquiries: number;
  orders: number;
  orderValueFen: number;
}

export const zeroCounters = (): BoothCounters => ({
  visits: 0,
  engaged: 0,
  dwellSeconds: 0,
  watchSeconds: 0,
  watchStarts: 0,
  productViews: 0,
  inquiries: 0,
  orders: 0,
  orderValueFen: 0,
});

export interface Place {
  boothId: string;
  expoId: string;
  hallId: string;
  enterpriseId: string;
}

/** What a batch of events changes: deltas to add, and the new states of what it touched. */
export class FoldOutput {
  readonly booths = new Map<string, { place: Place; c: BoothCounters }>();
  readonly hours = new Map<string, { boothId: string; hour: number; expoId: string; hallId: string; c: BoothCounters }>();
  readonly dwell = new Map<string, { boothId: string; seconds: number; visits: number }>();
  readonly minutes = new Map<string, { boothId: string; minute: number; add: number }>();
  readonly routes = new Map<string, { expoId: string; fromKey: string; toKey: string; count: number }>();
  readonly paths = new Map<string, { expoId: string; path: string; count: number }>();
  /** Visits that began in this batch, in order: each adds one to its visitor's counts in three scopes. */
  readonly newVisits: VisitState[] = [];
  readonly visits = new Map<string, VisitState>();
  readonly trails = new Map<string, TrailState>();

  booth(place: Place): BoothCounters {
    let b = this.booths.get(place.boothId);
    if (!b) this.booths.set(place.boothId, (b = { place, c: zeroCounters() }));
    return b.c;
  }

  hour(place: Place, hour: number): BoothCounters {
    const key = `${place.boothId}|${hour}`;
    let h = this.hours.get(key);
    if (!h)
      this.hours.set(key, (h = { boothId: place.boothId, hour, expoId: place.expoId, hallId: place.hallId, c: zeroCounters() }));
    return h.c;
  }
}

export const dwellOf = (v: VisitState): number =>
  Math.min(MAX_VISIT_SECONDS, Math.max(0, Math.floor((v.lastSeenAt.getTime() - v.startedAt.getTime()) / 1000)));
const epochHour = (d: Date): number => Math.floor(d.getTime() / 3_600_000);
const epochMinute = (d: Date): number => Math.floor(d.getTime() / 60_000);
const placeOf = (v: VisitState): Place => ({
  boothId: v.boothId,
  expoId: v.expoId,
  hallId: v.hallId,
  enterpriseId: v.enterpriseId,
});

/** The minutes a visit covers (its dwell, capped). */
function minutesOf(v: VisitState): [number, number] {
  const start = epochMinute(v.startedAt);
  return [start, epochMinute(new Date(v.startedAt.getTime() + dwellOf(v) * 1000))];
}

function addContribution(out: FoldOutput, v: VisitState, sign: 1 | -1): void {
  const place = placeOf(v);
  const dwell = dwellOf(v);
  const engaged = dwell >= ENGAGED_SECONDS || v.productViews > 0 ? 1 : 0;
  for (const c of [out.booth(place), out.hour(place, epochHour(v.startedAt))]) {
    c.visits += sign;
    c.engaged += sign * engaged;
    c.dwellSeconds += sign * dwell;
    c.watchSeconds += sign * v.watchSeconds;
    c.watchStarts += sign * v.watchStarts;
    c.productViews += sign * v.productViews;
  }
  const key = `${v.boothId}|${dwell}`;
  const d = out.dwell.get(key) ?? { boothId: v.boothId, seconds: dwell, visits: 0 };
  d.visits += sign;
  out.dwell.set(key, d);
}

function addMinutes(out: FoldOutput, boothId: string, before: [number, number] | null, after: [number, number]): void {
  for (let m = after[0]; m <= after[1]; m++) {
    if (before && m >= before[0] && m <= before[1]) continue;
    const key = `${boothId}|${m}`;
    const row = out.minutes.get(key) ?? { boothId, minute: m, add: 0 };
    row.add += 1;
    out.minutes.set(key, row);
  }
}

function move(out: FoldOutput, expoId: string, visitorId: string, to: string): void {
  const trailKey = `${expoId}|${visitorId}`;
  const trail = out.trails.get(trailKey);
  const from = trail?.last ?? 'entry';
  if (from === to) return;
  const rk = `${expoId}|${from}|${to}`;
  const r = out.routes.get(rk) ?? { expoId, fromKey: from, toKey: to, count: 0 };
  r.count += 1;
  out.routes.set(rk, r);
  if (trail?.previous && to.startsWith('booth:')) {
    const path = `${trail.previous}>${trail.last}>${to}`;
    const pk = `${expoId}|${path}`;
    const p = out.paths.get(pk) ?? { expoId, path, count: 0 };
    p.count += 1;
    out.paths.set(pk, p);
  }
  out.trails.set(trailKey, { last: to, previous: trail?.last ?? null });
}

/**
 * Folds events (in sequence order) into `out`, whose `visits` and `trails` hold the stored states
 * of every visit and trail the events name. Each touched visit's old contribution is taken out
 * and its new one added, so the result does not depend on how events are split into batches.
 */
export function foldEvents(events: FoldEvent[], out: FoldOutput): void {
  const before = new Map<string, VisitState | null>();
  for (const e of events) {
    if (e.type === 'hall.enter') {
      if (e.hallId) move(out, e.expoId, e.visitorId, `hall:${e.hallId}`);
      continue;
    }
    if (!e.boothId || !e.hallId || !e.enterpriseId) continue;
    const place: Place = { boothId: e.boothId, expoId: e.expoId, hallId: e.hallId, enterpriseId: e.enterpriseId };
    if (e.type === 'inquiry' || e.type === 'order') {
      const h = epochHour(e.occurredAt);
      for (const c of [out.booth(place), out.hour(place, h)]) {
        if (e.type === 'inquiry') c.inquiries += 1;
        else {
          c.orders += 1;
          c.orderValueFen += e.valueFen;
        }
      }
      continue;
    }
    if (!e.visitId) continue;
    let v = out.visits.get(e.visitId);
    if (!before.has(e.visitId)) before.set(e.visitId, v ? { ...v } : null);
    if (!v) {
      v = {
        visitId: e.visitId,
        ...place,
        visitorId: e.visitorId,
        userId: e.userId,
        startedAt: e.occurredAt,
        lastSeenAt: e.occurredAt,
        productViews: 0,
        watchSeconds: 0,
        watchStarts: 0,
      };
      out.visits.set(e.visitId, v);
      out.newVisits.push(v);
      move(out, e.expoId, e.visitorId, `booth:${e.boothId}`);
    }
    if (e.occurredAt < v.startedAt) v.startedAt = e.occurredAt;
    if (e.occurredAt > v.lastSeenAt) v.lastSeenAt = e.occurredAt;
    v.userId = v.userId ?? e.userId;
    if (e.type === 'product.view') v.productViews += 1;
    if (e.type === 'live.watch') v.watchStarts += 1;
    if (e.type === 'heartbeat' && e.watching) v.watchSeconds += HEARTBEAT_SECONDS;
  }
  for (const [visitId, old] of before) {
    const now = out.visits.get(visitId)!;
    if (old) addContribution(out, old, -1);
    addContribution(out, now, 1);
    addMinutes(out, now.boothId, old ? minutesOf(old) : null, minutesOf(now));
  }
}
