import { RedisConnections } from '@livefair/core';
import { randomUUID } from 'node:crypto';

/** A process's viewer count of a room counts only while the process renews it this often. */
export const VIEWER_REPORT_TTL_MS = 5000;
/** An idle room's shared like total is forgotten after a day (the database keeps it). */
const LIKE_TOTAL_TTL_MS = 24 * 3600_000;

/**
 * Viewer counts and like totals of rooms across every live process, so two live nodes show
 * viewers the same numbers. Each process reports its own viewers of a room (a hash field per
 * process, valid for VIEWER_REPORT_TTL_MS unless renewed, so a dead process stops counting);
 * readers sum the valid fields. Likes are one shared counter per room, seeded from the database.
 */
export interface RoomCounters {
  /** Records this process's viewers of a room; returns the room's viewers on all live processes. */
  reportViewers(sessionId: string, localViewers: number): Promise<number>;
  /** Adds likes; `stored` gives the database's total when no process holds the room's total yet. */
  addLikes(sessionId: string, n: number, stored: () => Promise<number>): Promise<number>;
  /** The room's like total, or null when no process has counted a like since it was last idle. */
  likeTotal(sessionId: string): Promise<number | null>;
  /**
   * Read-only: each room's viewers on all live processes as of their last report (0 for a room
   * nobody watches), in the order asked; one round trip however many rooms.
   */
  viewersOf(sessionIds: string[]): Promise<number[]>;
}

export const ROOM_COUNTERS = Symbol('ROOM_COUNTERS');

/** The embedded default: one process, so its own numbers are everyone's. */
export class InProcessRoomCounters implements RoomCounters {
  private readonly likes = new Map<string, number>();
  private readonly viewers = new Map<string, number>();

  async reportViewers(sessionId: string, localViewers: number): Promise<number> {
    if (localViewers > 0) this.viewers.set(sessionId, localViewers);
    else this.viewers.delete(sessionId);
    return localViewers;
  }

  async viewersOf(sessionIds: string[]): Promise<number[]> {
    return sessionIds.map((id) => this.viewers.get(id) ?? 0);
  }

  async addLikes(sessionId: string, n: number, stored: () => Promise<number>): Promise<number> {
    if (!this.likes.has(sessionId)) {
      const total = await stored();
      if (!this.likes.has(sessionId)) this.likes.set(sessionId, total);
    }
    const total = this.likes.get(sessionId)! + n;
    this.likes.set(sessionId, total);
    return total;
  }

  async likeTotal(sessionId: string): Promise<number | null> {
    return this.likes.get(sessionId) ?? null;
  }
}

// Sent with EVAL (Redis keeps the compiled script): ioredis's defineCommand misaligns replies
// under auto-pipelining when defined while a pipeline is pending (ioredis#1931).
// Times come from the Redis server's clock (TIME), so processes with skewed clocks agree on expiry.
const REPORT_VIEWERS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[3])
if tonumber(ARGV[2]) > 0 then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ':' .. (now + ttl))
else
  redis.call('HDEL', KEYS[1], ARGV[1])
end
local fields = redis.call('HGETALL', KEYS[1])
local sum = 0
for i = 1, #fields, 2 do
  local count, expires = string.match(fields[i + 1], '^(%d+):(%d+)$')
  if count and tonumber(expires) > now then
    sum = sum + tonumber(count)
  else
    redis.call('HDEL', KEYS[1], fields[i])
  end
end
if sum > 0 then redis.call('PEXPIRE', KEYS[1], ttl * 3) end
return sum
`;

// The same sum as REPORT_VIEWERS for each key, without writing: expired fields are skipped
// (the next report of the room removes them).
const READ_VIEWERS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local out = {}
for k = 1, #KEYS do
  local fields = redis.call('HGETALL', KEYS[k])
  local sum = 0
  for i = 1, #fields, 2 do
    local count, expires = string.match(fields[i + 1], '^(%d+):(%d+)$')
    if count and tonumber(expires) > now then sum = sum + tonumber(count) end
  end
  out[k] = sum
end
return out
`;

// Returns nil when the room has no shared total yet and no seed was given.
const ADD_LIKES = `
if redis.call('EXISTS', KEYS[1]) == 0 then
  if ARGV[2] == '' then return false end
  redis.call('SET', KEYS[1], ARGV[2])
end
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return total
`;

/** Production: the shared numbers live in Redis (RedisConnections' client, keys under QUEUE_PREFIX). */
export class RedisRoomCounters implements RoomCounters {
  /** This process's field in every room's viewer hash. */
  private readonly processId = randomUUID();

  constructor(private readonly redis: RedisConnections) {}

  async reportViewers(sessionId: string, localViewers: number): Promise<number> {
    const key = this.redis.key('live', 'viewers', sessionId);
    return Number(await this.redis.client().eval(REPORT_VIEWERS, 1, key, this.processId, localViewers, VIEWER_REPORT_TTL_MS));
  }

  async addLikes(sessionId: string, n: number, stored: () => Promise<number>): Promise<number> {
    const key = this.redis.key('live', 'likes', sessionId);
    const total = await this.redis.client().eval(ADD_LIKES, 1, key, n, '', LIKE_TOTAL_TTL_MS);
    if (total !== null) return Number(total);
    return Number(await this.redis.client().eval(ADD_LIKES, 1, key, n, String(await stored()), LIKE_TOTAL_TTL_MS));
  }

  async viewersOf(sessionIds: string[]): Promise<number[]> {
    if (!sessionIds.length) return [];
    const keys = sessionIds.map((id) => this.redis.key('live', 'viewers', id));
    const sums = (await this.redis.client().eval(READ_VIEWERS, keys.length, ...keys)) as (number | string)[];
    return sums.map(Number);
  }

  async likeTotal(sessionId: string): Promise<number | null> {
    const v = await this.redis.client().get(this.redis.key('live', 'likes', sessionId));
    return v === null ? null : Number(v);
  }
}

export const roomCountersProvider = {
  provide: ROOM_COUNTERS,
  inject: [RedisConnections],
  useFactory: (redis: RedisConnections): RoomCounters =>
    redis.enabled ? new RedisRoomCounters(redis) : new InProcessRoomCounters(),
};
