// The burst: many buyers, each on its own socket in the deal's room, tapping buy (`deal.buy`, the
// stream's buy button) at an offered rate, open loop, so a slow server shows as latency instead of
// as a lower offered load.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import jwt from 'jsonwebtoken';
import { io } from 'socket.io-client';
import { JWT_SECRET } from './servers.mjs';

/** One socket on `/live` with `token`. */
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
        const socket = await connectOne(urls[k % urls.length], token);
        const joined = await socket.timeout(30_000).emitWithAck('room.join', { sessionId, as: 'viewer' });
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
          buyer.socket
            .timeout(30_000)
            .emitWithAck('deal.buy', { dealId, quantity: 1, idempotencyKey: key })
            .then(
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
