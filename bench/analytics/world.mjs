// The analytics bench's world: a MariaDB database of its own with the demo expo, BENCH_BOOTHS
// (1000) booths in BENCH_HALLS (10) halls written straight into the expo tables (as the demo loader
// does), the built server on it, and synthetic visit events (enter, heartbeats every 15 s, product
// views, leave) for many visitors.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createDatabase, JWT_SECRET, REDIS_URL, startServer } from '../orders/servers.mjs';

export { createDatabase, startServer };
const ROOT = new URL('../../', import.meta.url).pathname;

/** Halls and booths for the demo expo; answers the booth ids and the expo id. */
export async function addBooths(db, halls, perHall) {
  const c = await db.connect();
  const [[expo]] = await c.query("SELECT id FROM expos WHERE slug <> '' ORDER BY createdAt LIMIT 1");
  const booths = [];
  for (let h = 0; h < halls; h++) {
    const hallId = randomUUID();
    await c.query('INSERT INTO halls (id, expoId, name, industry, sortOrder) VALUES (?, ?, ?, ?, ?)', [
      hallId,
      expo.id,
      `压测馆 ${h + 1}`,
      '压测',
      100 + h,
    ]);
    const enterprises = [];
    const rows = [];
    for (let b = 0; b < perHall; b++) {
      const enterpriseId = randomUUID();
      const boothId = randomUUID();
      enterprises.push([enterpriseId, `压测工厂 ${h + 1}-${b + 1}`]);
      rows.push([boothId, hallId, expo.id, enterpriseId, `Z${h}-${String(b + 1).padStart(3, '0')}`]);
      booths.push({ id: boothId, hallId });
    }
    await c.query('INSERT INTO enterprises (id, name) VALUES ?', [enterprises]);
    await c.query('INSERT INTO booths (id, hallId, expoId, enterpriseId, code) VALUES ?', [rows]);
  }
  await c.end();
  return { expoId: expo.id, booths };
}

/** A UUID v7 as the web tracker makes its event and visit ids (apps/web/src/analytics/time-ordered-id.ts). */
function timeOrderedId(now = Date.now()) {
  const b = randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Events of `visitors` visitors walking booths: each visit is an enter, a heartbeat every 15 s,
 * sometimes a product view, a leave; `start` ms is the first event's time. Yields batches of
 * `[visitorId, events]` as a browser would send them.
 */
export function* walks({ booths, visitors, visitsPerVisitor, start, spanMs }) {
  for (let v = 0; v < visitors; v++) {
    const visitorId = randomUUID();
    let at = start + Math.floor(Math.random() * spanMs);
    const events = [];
    for (let k = 0; k < visitsPerVisitor; k++) {
      const booth = booths[Math.floor(Math.random() ** 2 * booths.length)];
      const visitId = timeOrderedId(); // made as the walk is sent, as a page makes it
      const beats = 1 + Math.floor(Math.random() * 10);
      const ev = (type, t, extra = {}) => ({
        id: timeOrderedId(),
        type,
        occurredAt: new Date(t).toISOString(),
        boothId: booth.id,
        visitId,
        ...extra,
      });
      events.push(ev('booth.enter', at));
      for (let b = 1; b <= beats; b++) events.push(ev('heartbeat', at + b * 15_000, { watching: b % 3 === 0 }));
      if (Math.random() < 0.3) events.push(ev('product.view', at + 7_000, { productId: randomUUID() }));
      events.push(ev('booth.leave', at + beats * 15_000 + 5_000));
      at += beats * 15_000 + 10_000;
    }
    yield [visitorId, events];
  }
}

/** Raw rows as ingest would store them, for bulk loading (the roll-up measurement needs 1M of them). */
export function rawRow(visitorId, e, booth, expoId) {
  const at = new Date(e.occurredAt);
  return [
    e.id,
    e.type,
    visitorId,
    null,
    expoId,
    booth.hallId,
    booth.id,
    booth.enterpriseId ?? booth.id,
    e.visitId,
    e.productId ?? null,
    e.watching ? 1 : 0,
    0,
    at,
    at,
  ];
}

/** The admin command's rebuild, timed by the command itself (the fold alone, without its boot). */
export function adminRebuild(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/apps/admin/src/main.js', 'analytics-rebuild'], {
      cwd: ROOT,
      env: {
        ...process.env,
        LIVEFAIR_MODE: 'production',
        DATABASE_URL: db.url,
        REDIS_URL,
        QUEUE_PREFIX: db.prefix,
        JWT_SECRET,
        DATA_DIR: '/tmp',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => {
      const m = /from (\d+) raw events in ([\d.]+) s/.exec(out);
      if (code !== 0 || !m) reject(new Error(`analytics-rebuild failed (${code}):\n${out}`));
      else resolve({ events: Number(m[1]), seconds: Number(m[2]) });
    });
  });
}
