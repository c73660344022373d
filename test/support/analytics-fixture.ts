import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RollupRunner, RollupStore } from '@livefair/analytics';
import { httpClient } from './http';
import { eventually } from './live-fixture';

export type Ev = Record<string, unknown>;

/** POST /api/analytics/events as `visitorId`, from `ip` (X-Forwarded-For; the test app trusts one proxy hop). */
export function sendEvents(url: string, visitorId: string, events: Ev[], opts: { token?: string; ip?: string } = {}) {
  return httpClient(url).request('POST', '/api/analytics/events', {
    token: opts.token,
    body: { visitorId, events },
    headers: { 'x-forwarded-for': opts.ip ?? `10.${rnd()}.${rnd()}.${rnd()}` },
  });
}

const rnd = () => Math.floor(Math.random() * 250) + 1;

/** A visit at a booth: enter at `start`, heartbeats at the given offsets (s), leave at `leaveAt` (s). */
export function visitEvents(
  boothId: string,
  start: number,
  opts: { heartbeats?: number[]; watching?: number[]; productViews?: number[]; leaveAt?: number; enterAt?: number },
): Ev[] {
  const visitId = randomUUID();
  const at = (s: number) => new Date(start + s * 1000).toISOString();
  const base = { boothId, visitId };
  const events: Ev[] = [{ id: randomUUID(), type: 'booth.enter', occurredAt: at(opts.enterAt ?? 0), ...base }];
  for (const s of opts.heartbeats ?? [])
    events.push({ id: randomUUID(), type: 'heartbeat', occurredAt: at(s), ...base, watching: (opts.watching ?? []).includes(s) });
  for (const s of opts.productViews ?? [])
    events.push({ id: randomUUID(), type: 'product.view', occurredAt: at(s), ...base, productId: randomUUID() });
  if (opts.leaveAt !== undefined) events.push({ id: randomUUID(), type: 'booth.leave', occurredAt: at(opts.leaveAt), ...base });
  return events;
}

/** Waits until the roll-ups include every stored event. */
export async function rolledUp(app: INestApplication): Promise<void> {
  const store = app.get(RollupStore);
  const head = await store.headSeq();
  await eventually(async () => (await store.cursor()).seq >= head, 20_000, `roll-ups to reach seq ${head}`);
}

export async function rebuild(app: INestApplication): Promise<void> {
  await app.get(RollupRunner).rebuild();
}
