import type { FlashDealView } from '@livefair/protocol';
import { buyerTokens, DealWorld, prepareDealWorld, ServerProcess, spawnServer } from './support/deal-cluster';
import { TestLiveClient } from './support/live-client';
import { dropRedisPrefix } from './support/redis-cleanup';

/**
 * The production split (built processes): a deal started and bought over HTTP on the API process,
 * which has no socket.io server, reaches the viewers of the live process (deal.started, deal.stock,
 * orders.ticker through the cluster bus), and the live process's buy path sees the same counters.
 */
describe('flash deals across the api, live and worker processes', () => {
  let world: DealWorld;
  let procs: ServerProcess[] = [];
  const clients: TestLiveClient[] = [];

  beforeAll(async () => {
    world = await prepareDealWorld('deal_procs');
    procs = await Promise.all([
      spawnServer('api', 'api', world),
      spawnServer('live', 'live', world),
      spawnServer('worker', 'worker', world),
    ]);
  }, 120_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    for (const p of procs) await p.stop();
    await world?.db.drop();
    if (world) await dropRedisPrefix(world.prefix);
  }, 60_000);

  it('sells over HTTP on the api process and shows it in the live process rooms', async () => {
    const [api, live] = procs;
    const [buyer] = buyerTokens(1);
    const viewer = await TestLiveClient.connect(live.url, buyer.token);
    clients.push(viewer);
    await viewer.request('room.join', { sessionId: world.sessionId, as: 'viewer' });
    const started = viewer.next('deal.started');
    const post = (path: string, body: unknown, token: string, key?: string) =>
      fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: JSON.stringify(body),
      });
    const res = await post(
      `/api/live-sessions/${world.sessionId}/flash-deals`,
      { skuId: world.sku.id, priceFen: 1, quantity: 3, perBuyerLimit: 2, durationSeconds: 60 },
      world.staff,
    );
    expect(res.status).toBe(201);
    const deal = (await res.json()) as FlashDealView;
    expect((await started).id).toBe(deal.id);

    const stock = viewer.next('deal.stock', 5000, (e) => e.dealId === deal.id && e.remaining === 1);
    const ticker = viewer.next('orders.ticker');
    const buy = await post(`/api/flash-deals/${deal.id}/orders`, { quantity: 2 }, buyer.token, 'k-api-00001');
    expect(buy.status).toBe(201);
    expect(await stock).toMatchObject({ soldOut: false });
    expect(await ticker).toMatchObject({ quantity: 2, dealId: deal.id, buyerName: '买**' });
    expect(await viewer.errorCode('deal.buy', { dealId: deal.id, quantity: 1, idempotencyKey: 'k-api-00002' })).toBe(
      'DEAL_LIMIT_REACHED',
    );
    expect(await viewer.request('deal.buy', { dealId: deal.id, quantity: 2, idempotencyKey: 'k-api-00001' })).toMatchObject({
      replayed: true,
    });
  }, 60_000);
});
