// The buyers' hall map at fair scale: one hall of 500 booths (25 x 20 grid) on MariaDB + Redis,
// through the built all-in-one's HTTP API. Baseline (same run, same hall): no booth live and no
// calendar; then 100 booths live, each with a viewer count in Redis as live processes report them,
// and 200 calendar entries. Prints p50/p95 of GET /api/halls/:id/map and of the schedule.
// Run: npm run build:server && node bench/expo/hall-map.mjs   (last stdout line: one JSON object)
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { createDatabase, REDIS_URL, startServer } from '../orders/servers.mjs';

const BOOTHS = Number(process.env.BENCH_BOOTHS ?? 500);
const LIVE = Number(process.env.BENCH_LIVE ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const COLS = 25;

async function insertMany(c, table, columns, rows) {
  for (let i = 0; i < rows.length; i += 1000) {
    await c.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ?`, [rows.slice(i, i + 1000)]);
  }
}

async function seedHall(c) {
  const [[expo]] = await c.query('SELECT id FROM expos LIMIT 1');
  const hallId = randomUUID();
  await c.query(
    'INSERT INTO halls (id, expoId, name, nameEn, industry, categoryCode, gridCols, gridRows, sortOrder) VALUES (?)',
    [[hallId, expo.id, '压测馆', 'Bench hall', '', null, COLS, Math.ceil(BOOTHS / COLS), 99]],
  );
  const now = new Date();
  const ents = [];
  const booths = [];
  const slots = [];
  for (let i = 0; i < BOOTHS; i++) {
    const e = randomUUID();
    const b = randomUUID();
    ents.push([e, `压测工厂${i}号有限公司`, '宁波', '制造', '', now]);
    booths.push([b, hallId, expo.id, e, `H${String(i).padStart(3, '0')}`, '源头工厂', 'offline', now]);
    slots.push([randomUUID(), hallId, expo.id, `H${String(i).padStart(3, '0')}`, i % COLS, Math.floor(i / COLS), 1, 1, b]);
  }
  await insertMany(c, 'enterprises', ['id', 'name', 'city', 'industry', 'description', 'createdAt'], ents);
  await insertMany(
    c,
    'booths',
    ['id', 'hallId', 'expoId', 'enterpriseId', 'code', 'headline', 'liveStatus', 'createdAt'],
    booths,
  );
  await insertMany(c, 'booth_slots', ['id', 'hallId', 'expoId', 'code', 'x', 'y', 'w', 'h', 'boothId'], slots);
  return { expoId: expo.id, hallId, booths, ents };
}

/** 100 booths go live (sessions + the viewer hash a live process keeps), 200 get a calendar entry. */
async function goLive(c, redis, prefix, { expoId, hallId, booths }) {
  const [t] = await redis.time();
  const expires = Number(t) * 1000 + 30 * 60_000; // valid for the whole run
  const sessions = [];
  const entries = [];
  for (let i = 0; i < booths.length; i++) {
    const [boothId, , , enterpriseId] = booths[i];
    const live = i < LIVE;
    if (!live && i >= LIVE * 3) continue;
    const id = randomUUID();
    const starts = new Date(Date.now() + (live ? -600_000 : 3600_000 + i * 60_000));
    sessions.push([
      id,
      boothId,
      enterpriseId,
      `直播 ${i}`,
      live ? 'live' : 'scheduled',
      live ? starts : null,
      starts,
      randomUUID().replace(/-/g, ''),
      'bench',
    ]);
    if (i >= LIVE || i % 2 === 0) {
      entries.push([
        randomUUID(),
        expoId,
        hallId,
        boothId,
        id,
        `直播 ${i}`,
        starts,
        new Date(starts.getTime() + 3600_000),
        'bench',
      ]);
    }
    if (live) await redis.hset(`${prefix}:live:viewers:${id}`, 'bench-process', `${10 + i}:${expires}`);
  }
  await insertMany(
    c,
    'live_sessions',
    ['id', 'boothId', 'enterpriseId', 'title', 'status', 'startedAt', 'scheduledAt', 'streamKey', 'createdBy'],
    sessions,
  );
  await insertMany(
    c,
    'expo_calendar_entries',
    ['id', 'expoId', 'hallId', 'boothId', 'sessionId', 'title', 'startsAt', 'endsAt', 'createdBy'],
    entries,
  );
  await c.query('UPDATE booths SET liveStatus = ? WHERE id IN (?)', ['live', booths.slice(0, LIVE).map((b) => b[0])]);
  await c.query('ANALYZE TABLE booths, booth_slots, live_sessions, expo_calendar_entries');
  return entries.length;
}

async function timed(url, path, check) {
  const ms = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(url + path);
    last = await res.json();
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(last)}`);
    ms.push(performance.now() - t0);
  }
  check(last);
  ms.sort((a, b) => a - b);
  const q = (p) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] * 10) / 10;
  return { p50_ms: q(0.5), p95_ms: q(0.95) };
}

const db = await createDatabase();
const server = await startServer(db, { demo: true });
const redis = new Redis(REDIS_URL);
try {
  const c = await db.connect();
  const hall = await seedHall(c);
  console.error(`seeded a hall of ${BOOTHS} booths`);
  const path = `/api/halls/${hall.hallId}/map`;
  const liveCount = (map) => map.slots.filter((s) => s.booth?.viewers != null).length;
  for (let i = 0; i < 15; i++) await fetch(server.url + path).then((r) => r.json()); // warm-up, not measured
  const baseline = await timed(server.url, path, (m) => {
    if (m.slots.length !== BOOTHS || liveCount(m) !== 0) throw new Error('baseline map is not as seeded');
  });
  console.error(`map, nothing live: p50 ${baseline.p50_ms} ms p95 ${baseline.p95_ms} ms`);
  const calendar = await goLive(c, redis, db.prefix, hall);
  const live = await timed(server.url, path, (m) => {
    if (liveCount(m) !== LIVE) throw new Error(`expected ${LIVE} live booths with viewers, got ${liveCount(m)}`);
    const first = m.slots.find((s) => s.code === 'H000').booth;
    if (first.viewers !== 10) throw new Error(`H000 should show the 10 viewers written to Redis, got ${first.viewers}`);
  });
  console.error(`map, ${LIVE} live + ${calendar} calendar entries: p50 ${live.p50_ms} ms p95 ${live.p95_ms} ms`);
  const schedule = await timed(server.url, `/api/expos/${hall.expoId}/schedule`, (s) => {
    if (s.filter((e) => e.status === 'live').length === 0) throw new Error('the schedule shows no live session');
  });
  console.error(`schedule (${calendar} entries, at most 200 listed): p50 ${schedule.p50_ms} ms p95 ${schedule.p95_ms} ms`);
  await c.end();
  console.log(
    JSON.stringify({
      booths: BOOTHS,
      live_booths: LIVE,
      calendar_entries: calendar,
      runs: RUNS,
      map_baseline_p50_ms: baseline.p50_ms,
      map_baseline_p95_ms: baseline.p95_ms,
      map_live_p50_ms: live.p50_ms,
      map_live_p95_ms: live.p95_ms,
      map_live_vs_baseline_p50: Math.round((live.p50_ms / baseline.p50_ms) * 100) / 100,
      schedule_p50_ms: schedule.p50_ms,
      schedule_p95_ms: schedule.p95_ms,
    }),
  );
} finally {
  redis.disconnect();
  await server.stop();
  await db.drop();
}
