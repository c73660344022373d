// The naive baseline, on the same database in the same run: one INSERT per event (no batching,
// no idempotency check beyond the unique key), and dashboards computed by full GROUP BY over the
// raw events on every read (what a roll-up-free design does: each new event forces a full recount).

/** One INSERT per event over `concurrency` connections; answers events per second. */
export async function naiveIngest(db, rows, concurrency) {
  const conns = await Promise.all(Array.from({ length: concurrency }, () => db.connect()));
  await conns[0].query('CREATE TABLE IF NOT EXISTS analytics_events_naive LIKE analytics_events');
  const sql =
    'INSERT INTO analytics_events_naive (id, type, visitorId, userId, expoId, hallId, boothId, enterpriseId, visitId, refId, watching, valueFen, occurredAt, receivedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
  let next = 0;
  const started = performance.now();
  await Promise.all(
    conns.map(async (c) => {
      while (next < rows.length) await c.query(sql, rows[next++]);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await conns[0].query('DROP TABLE analytics_events_naive');
  await Promise.all(conns.map((c) => c.end()));
  return rows.length / seconds;
}

/** The expo dashboard's booth figures by full GROUP BY over the raw events; answers the seconds it took. */
export async function naiveRollup(db, expoId) {
  const c = await db.connect();
  const started = performance.now();
  await c.query(
    `SELECT boothId, COUNT(*) AS visits, COUNT(DISTINCT visitorId) AS visitors, AVG(dwell) AS avgDwell,
            SUM(dwell >= 30 OR views > 0) AS engaged
       FROM (SELECT boothId, visitId, visitorId, TIMESTAMPDIFF(SECOND, MIN(occurredAt), MAX(occurredAt)) AS dwell,
                    SUM(type = 'product.view') AS views
               FROM analytics_events WHERE expoId = ? AND visitId IS NOT NULL GROUP BY boothId, visitId, visitorId) v
      GROUP BY boothId`,
    [expoId],
  );
  await c.query(
    `SELECT FLOOR(UNIX_TIMESTAMP(occurredAt) / 3600) AS hour, COUNT(DISTINCT visitId) AS visits
       FROM analytics_events WHERE expoId = ? AND type = 'booth.enter' GROUP BY hour`,
    [expoId],
  );
  const seconds = (performance.now() - started) / 1000;
  await c.end();
  return seconds;
}
