import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import initSqlJs from 'sql.js';

/** The embedded database file, opened in this process (the server is stopped while it is seeded). */
export async function openDatabase(file) {
  const SQL = await initSqlJs();
  return new SQL.Database(readFileSync(file));
}

export function saveDatabase(db, file) {
  writeFileSync(file, db.export());
}

const utc = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/**
 * Adds `count` chat messages in one transaction through one prepared statement (not through the
 * API): every 10th in the bench's own session, the rest spread over 50 other sessions' rooms, one
 * a second back from now, so the (sessionId, createdAt) index is as a busy expo's would be.
 */
export function addChatMessages(db, count, sessionId) {
  const rooms = Array.from({ length: 50 }, () => randomUUID());
  const users = Array.from({ length: 200 }, () => randomUUID());
  const insert = db.prepare(
    'INSERT INTO chat_messages (id, sessionId, userId, displayName, text, deletedAt, deletedBy, createdAt) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)',
  );
  const start = Date.now() - count * 1000;
  db.run('BEGIN');
  try {
    for (let i = 0; i < count; i++) {
      const room = i % 10 === 0 ? sessionId : rooms[i % rooms.length];
      insert.run([
        randomUUID(),
        room,
        users[i % users.length],
        `观众${i % users.length}`,
        `第${i}条：这款多少钱？起订量多少，能寄样品吗 👍`,
        utc(start + i * 1000),
      ]);
    }
    db.run('COMMIT');
  } finally {
    insert.free();
  }
}

export function countChatMessages(db) {
  return db.exec('SELECT COUNT(*) FROM chat_messages')[0].values[0][0];
}
