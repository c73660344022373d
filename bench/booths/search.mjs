// Booth and product search at fair scale: 1,000 booths (with profiles, badges, categories) and
// 50,000 published products on MariaDB, through the built all-in-one's HTTP API. Prints the
// latency of typical searches (p50/p95 over repeated calls) and MariaDB's EXPLAIN of the plans.
// Run: npm run build:server && node bench/booths/search.mjs   (last stdout line: one JSON object)
import { randomUUID } from 'node:crypto';
import { createDatabase, startServer } from '../orders/servers.mjs';

// Every bench request comes from 127.0.0.1: lift the per-address search limit for this server.
process.env.BOOTH_SEARCHES_PER_MINUTE ??= '1000000';

const BOOTHS = Number(process.env.BENCH_BOOTHS ?? 1000);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const PROVINCES = ['330000', '440000', '320000', '350000', '370000', '310000'];
const BADGES = ['source-factory', 'specialised', 'high-tech', 'export-to-domestic', 'small-batch'];
const WORDS = ['纯棉', '针织', '耳机', '彩灯', '不锈钢', '陶瓷', '家具', '箱包', '玩具', '五金'];
const EN = ['cotton', 'knit', 'earbuds', 'lights', 'steel', 'ceramic', 'furniture', 'bags', 'toys', 'hardware'];

async function insertMany(c, table, columns, rows) {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await c.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ?`, [chunk]);
  }
}

async function seed(c) {
  const [[expo]] = await c.query('SELECT id FROM expos LIMIT 1');
  const [halls] = await c.query('SELECT id FROM halls WHERE expoId = ?', [expo.id]);
  const now = new Date();
  const ents = [];
  const booths = [];
  const profiles = [];
  const badges = [];
  const eprofiles = [];
  const cats = [];
  for (let i = 0; i < BOOTHS; i++) {
    const e = randomUUID();
    const b = randomUUID();
    const w = i % WORDS.length;
    ents.push([e, `压测工厂${i}号${WORDS[w]}有限公司`, '宁波', '制造', '', now]);
    booths.push([
      b,
      halls[i % halls.length].id,
      expo.id,
      e,
      `X${String(i).padStart(4, '0')}`,
      `${WORDS[w]}源头工厂`,
      i % 50 === 0 ? 'live' : 'offline',
      now,
    ]);
    const bs = [BADGES[i % BADGES.length], BADGES[(i * 7) % BADGES.length]].filter((x, k, a) => a.indexOf(x) === k);
    profiles.push([
      b,
      null,
      null,
      `第${i}号工厂，主营${WORDS[w]}。`,
      `Factory ${i}: ${EN[w]}`,
      '',
      '[]',
      '[]',
      JSON.stringify(bs),
      '[]',
      now,
    ]);
    for (const x of bs) badges.push([b, x]);
    eprofiles.push([
      e,
      PROVINCES[i % PROVINCES.length],
      `城市${i % 20}`,
      JSON.stringify([`CAT-${w}`]),
      1000,
      '件',
      1,
      0,
      1,
      '[]',
      '[]',
      now,
    ]);
    cats.push([e, `CAT-${w}`]);
  }
  await insertMany(c, 'enterprises', ['id', 'name', 'city', 'industry', 'description', 'createdAt'], ents);
  await insertMany(
    c,
    'booths',
    ['id', 'hallId', 'expoId', 'enterpriseId', 'code', 'headline', 'liveStatus', 'createdAt'],
    booths,
  );
  await insertMany(
    c,
    'booth_profiles',
    [
      'boothId',
      'logoKey',
      'bannerKey',
      'introZh',
      'introEn',
      'videoUrl',
      'showcase',
      'certifications',
      'badges',
      'contacts',
      'updatedAt',
    ],
    profiles,
  );
  await insertMany(c, 'booth_badges', ['boothId', 'badge'], badges);
  await insertMany(
    c,
    'enterprise_profiles',
    [
      'enterpriseId',
      'province',
      'city',
      'categories',
      'monthlyCapacity',
      'capacityUnit',
      'oem',
      'odm',
      'vatSpecialInvoice',
      'exportMarkets',
      'certifications',
      'updatedAt',
    ],
    eprofiles,
  );
  await insertMany(c, 'enterprise_categories', ['enterpriseId', 'code'], cats);
  const products = [];
  const skus = [];
  for (let i = 0; i < PRODUCTS; i++) {
    const p = randomUUID();
    const w = i % WORDS.length;
    const e = ents[i % ents.length][0];
    products.push([
      p,
      e,
      `${WORDS[w]}样品${i}`,
      '',
      `${WORDS[w]}`,
      '件',
      now,
      `${EN[w]} sample ${i}`,
      '',
      '[]',
      '[]',
      '[]',
      'published',
      now,
    ]);
    skus.push([randomUUID(), p, `S-${i}`, '{}', 1000, 100, 10, null, 7, '[]', 0, null]);
  }
  await insertMany(
    c,
    'products',
    [
      'id',
      'enterpriseId',
      'name',
      'description',
      'category',
      'unit',
      'createdAt',
      'nameEn',
      'descriptionEn',
      'specifications',
      'certifications',
      'images',
      'status',
      'updatedAt',
    ],
    products,
  );
  await insertMany(
    c,
    'skus',
    [
      'id',
      'productId',
      'skuCode',
      'specs',
      'priceFen',
      'stock',
      'moq',
      'samplePriceFen',
      'leadTimeDays',
      'tiers',
      'sortOrder',
      'removedAt',
    ],
    skus,
  );
  await c.query('ANALYZE TABLE booths, booth_profiles, booth_badges, enterprise_profiles, enterprise_categories, products, skus');
}

async function timed(url, path) {
  const ms = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(url + path);
    const body = await res.json();
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    ms.push(performance.now() - t0);
    total = body.total;
  }
  ms.sort((a, b) => a - b);
  const q = (p) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] * 10) / 10;
  return { path, total, p50_ms: q(0.5), p95_ms: q(0.95) };
}

async function explain(c, label, sql, params) {
  const [rows] = await c.query(`EXPLAIN ${sql}`, params);
  console.log(`\nEXPLAIN ${label}`);
  for (const r of rows) console.log(`  ${r.table ?? ''}\ttype=${r.type}\tkey=${r.key ?? '-'}\trows=${r.rows}\t${r.Extra ?? ''}`);
}

const db = await createDatabase();
const server = await startServer(db, { demo: true });
try {
  const c = await db.connect();
  const t0 = performance.now();
  await seed(c);
  console.log(`seeded ${BOOTHS} booths and ${PRODUCTS} products in ${Math.round(performance.now() - t0)} ms`);
  const q = encodeURIComponent;
  const cases = [
    `/api/search/booths?q=${q('针织')}`,
    `/api/search/booths?q=earbuds`,
    `/api/search/booths?province=330000&badge=source-factory`,
    `/api/search/booths?live=true`,
    `/api/search/booths?category=CAT-3&page=3`,
    `/api/search/products?q=${q('纯棉')}`,
    `/api/search/products?q=ceramic&province=440000`,
    `/api/search/products?live=true`,
    `/api/search/products?category=CAT-4&page=10`,
  ];
  const results = [];
  for (const path of cases) results.push(await timed(server.url, path));
  for (const r of results)
    console.log(
      `${r.p50_ms.toFixed(1).padStart(7)} ms p50 ${r.p95_ms.toFixed(1).padStart(7)} ms p95  total ${String(r.total).padStart(6)}  ${decodeURIComponent(r.path)}`,
    );
  await explain(
    c,
    'booths: text + province + badge',
    `SELECT b.id FROM booths b INNER JOIN expos x ON x.id = b.expoId AND x.status IN ('published','open','closed')
     INNER JOIN enterprises e ON e.id = b.enterpriseId INNER JOIN enterprise_profiles ep ON ep.enterpriseId = b.enterpriseId
     LEFT JOIN booth_profiles p ON p.boothId = b.id
     WHERE ep.province = ? AND EXISTS (SELECT 1 FROM booth_badges bb WHERE bb.badge = ? AND bb.boothId = b.id)
       AND (e.name LIKE ? OR b.headline LIKE ? OR p.introZh LIKE ? OR p.introEn LIKE ?)
     ORDER BY CASE b.liveStatus WHEN 'live' THEN 0 WHEN 'scheduled' THEN 1 ELSE 2 END, b.code LIMIT 20`,
    ['330000', 'source-factory', '%针织%', '%针织%', '%针织%', '%针织%'],
  );
  const [ids] = await c.query('SELECT enterpriseId FROM booths');
  await explain(
    c,
    'products: title words within the booths the filters allow',
    `SELECT p.id FROM products p WHERE p.status = 'published' AND p.enterpriseId IN (?) AND (p.name LIKE ? OR p.nameEn LIKE ?)
     ORDER BY p.id LIMIT 20`,
    [ids.map((r) => r.enterpriseId), '%纯棉%', '%纯棉%'],
  );
  await c.end();
  const worst = Math.max(...results.map((r) => r.p95_ms));
  console.log(JSON.stringify({ booths: BOOTHS, products: PRODUCTS, runs: RUNS, search_p95_ms_worst: worst, cases: results }));
} finally {
  await server.stop();
  if (process.env.BENCH_KEEP_DB) console.log(`kept database ${db.name}`);
  else await db.drop();
}
