// The naive baseline, in the same run on the same database: one transaction per order that locks
// the stock row (SELECT ... FOR UPDATE), checks it, and writes what our group commit writes per
// order (the order row, its first history line, the buyer's inbox line) and the stock. Every
// order waits for the one before it to commit (one fsync each): the figure to beat.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createPool } from 'mysql2/promise';

export async function baseline(db, { stock, concurrency, seconds }) {
  const pool = createPool({ uri: `${db.connectUri}`, connectionLimit: concurrency });
  await pool.query('CREATE TABLE bench_stock (id INT PRIMARY KEY, stock INT NOT NULL) ENGINE=InnoDB');
  await pool.query('INSERT INTO bench_stock VALUES (1, ?)', [stock]);
  const dealId = randomUUID();
  let committed = 0;
  let soldOut = false;
  const deadline = performance.now() + seconds * 1000;
  const t0 = performance.now();
  const worker = async () => {
    while (!soldOut && performance.now() < deadline) {
      const c = await pool.getConnection();
      try {
        await c.beginTransaction();
        const [[row]] = await c.query('SELECT stock FROM bench_stock WHERE id = 1 FOR UPDATE');
        if (row.stock <= 0) {
          soldOut = true;
          await c.rollback();
          break;
        }
        const id = randomUUID();
        const buyer = randomUUID();
        const now = new Date();
        await c.query(
          `INSERT INTO orders (id, orderNo, type, status, buyerId, buyerName, enterpriseId, boothId, liveSessionId, dealId, productId, skuId,
             productName, skuCode, specs, unit, quantity, unitPriceFen, totalFen, idempotencyKey, requestHash, payBy, createdAt, updatedAt)
           VALUES (?, ?, 'deal', 'confirmed', ?, '买家', ?, ?, ?, ?, ?, ?, '测试商品', 'SKU-1', '{}', '件', 1, 100, 100, ?, ?, ?, ?, ?)`,
          [
            id,
            `LB${id.slice(0, 16)}`,
            buyer,
            dealId,
            dealId,
            dealId,
            dealId,
            dealId,
            dealId,
            `k-${id}`,
            'h'.repeat(64),
            now,
            now,
            now,
          ],
        );
        await c.query(
          "INSERT INTO order_events (id, orderId, fromStatus, toStatus, actor, actorId, note, at) VALUES (?, ?, NULL, 'confirmed', 'buyer', ?, '', ?)",
          [randomUUID(), id, buyer, now],
        );
        await c.query(
          "INSERT INTO notifications (id, userId, kind, title, body, createdAt) VALUES (?, ?, 'deal-order', '抢购成功', '请付款', ?)",
          [randomUUID(), buyer, now],
        );
        await c.query('UPDATE bench_stock SET stock = stock - 1 WHERE id = 1');
        await c.commit();
        committed++;
      } catch (err) {
        await c.rollback().catch(() => {});
        throw err;
      } finally {
        c.release();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - t0;
  await pool.end();
  return { committed, ms, perSecond: committed / (ms / 1000) };
}
