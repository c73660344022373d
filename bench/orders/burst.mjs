// The burst: many buyers, each on its own socket in the deal's room, tapping buy (`deal.buy`, the
// stream's buy button) at an offered rate, open loop, so a slow server shows as latency instead of
// as a lower offered load.
//
// BENCH_CLIENT picks the buyers' socket: `wire` (default: the socket.io wire protocol over plain
// `ws`, wire-client.mjs, which skips decoding the room's broadcasts) or `socket.io`
// (socket.io-client, which costs the bench process several times more CPU per broadcast).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import jwt from 'jsonwebtoken';
import { io } from 'socket.io-client';
import { JWT_SECRET } from './servers.mjs';
import { WireSocket } from './wire-client.mjs';

export const CLIENT = process.env.BENCH_CLIENT ?? 'wire';
if (!['wire', 'socket.io'].includes(CLIENT)) throw new Error(`BENCH_CLIENT must be wire or socket.io, not ${CLIENT}`);

/** `event` with `payload` on either kind of socket; resolves with the ack, rejects after 30 s. */
export const ask = (socket, event, payload) =>
  socket instanceof WireSocket ? socket.emitWithAck(event, payload) : socket.timeout(30_000).emitWithAck(event, payload);

/** Broadcasts the buyers' sockets received, by event name (wire client only: socket.io-client's are not counted). */
export function broadcastsReceived(buyers) {
  const out = {};
  for (const { socket } of buyers)
    if (socket instanceof WireSocket) for (const [name, n] of socket.received) out[name] = (out[name] ?? 0) + n;
  return out;
}

/** One socket.io-client socket on `/live` with `token` (the staff's). */
export const connectOne = (url, token) =>
  new Promise((resolve, reject) => {
    const s = io(`${url}/live`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });

/** `n` buyers (tokens signed with the servers' secret; no account rows needed), spread over `urls`, joined to the room. */
export async function connectBuyers(urls, sessionId, n) {
  const buyers = [];
  for (let i = 0; i < n; i += 100) {
    const chunk = await Promise.all(
      Array.from({ length: Math.min(100, n - i) }, async (_, j) => {
        const id = randomUUID();
        const k = i + j;
        const token = jwt.sign(
          { sub: id, role: 'buyer', ent: null, name: k % 2 ? `Buyer ${k}` : `买家${k}`, ims: Date.now() },
          JWT_SECRET,
          {
            algorithm: 'HS256',
            expiresIn: '1h',
          },
        );
        const url = urls[k % urls.length];
        const socket = CLIENT === 'wire' ? await WireSocket.connect(url, token) : await connectOne(url, token);
        const joined = await ask(socket, 'room.join', { sessionId, as: 'viewer' });
        if (!joined.ok) throw new Error(`room.join: ${JSON.stringify(joined.error)}`);
        return { id, socket };
      }),
    );
    buyers.push(...chunk);
  }
  return buyers;
}

/**
 * Fires `rate` attempts a second for `seconds` (quantity 1, a fresh key each), round-robin over
 * the buyers; resolves when every attempt is answered (or timed out after 30 s).
 */
export async function burst(buyers, dealId, { rate, seconds }) {
  const total = Math.round(rate * seconds);
  const tag = randomUUID().slice(0, 6);
  const results = [];
  const pending = [];
  const t0 = performance.now();
  let fired = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) * rate) / 1000));
      for (; fired < due; fired++) {
        const k = fired;
        const buyer = buyers[k % buyers.length];
        const key = `b${tag}-${k}-${buyer.id.slice(0, 8)}`;
        const sent = performance.now();
        pending.push(
          ask(buyer.socket, 'deal.buy', { dealId, quantity: 1, idempotencyKey: key }).then(
            (ack) => results.push({ k, buyer: buyer.id, key, sent: sent - t0, ms: performance.now() - sent, ack }),
            () => results.push({ k, buyer: buyer.id, key, sent: sent - t0, ms: performance.now() - sent, ack: null }),
          ),
        );
      }
      if (fired >= total) return resolve();
      setTimeout(tick, 2);
    };
    tick();
  });
  const firedMs = performance.now() - t0;
  await Promise.all(pending);
  return { results, firedMs, doneMs: performance.now() - t0 };
}
