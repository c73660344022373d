import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { EventEmitter } from 'node:events';
import { RedisConnections } from './redis-connections';

type Handler = (payload: unknown) => void;

/**
 * Fire-and-forget messages to every process of the deployment, this one included:
 * "this stream key was rotated", "this user's tokens are revoked". Redis pub/sub in
 * production, an in-process emitter in the embedded default. Not durable: a process
 * that is down misses the message, so each use must also hold when it starts later
 * (state lives in the database or a Redis key; the message only makes it prompt).
 * For work that must not be lost, enqueue a job instead.
 */
@Injectable()
export class ClusterBus implements OnApplicationShutdown {
  private readonly logger = new Logger('ClusterBus');
  private readonly local = new EventEmitter();
  private sub: Redis | null = null;
  private readonly subscribed = new Set<string>();

  constructor(private readonly redis: RedisConnections) {
    this.local.setMaxListeners(0);
  }

  async publish(channel: string, payload: unknown): Promise<void> {
    if (!this.redis.enabled) {
      // Asynchronous like Redis delivery, so callers never depend on a synchronous side effect.
      setImmediate(() => this.local.emit(channel, payload));
      return;
    }
    await this.redis.client().publish(this.redis.key('bus', channel), JSON.stringify(payload));
  }

  /** Calls `handler` for every message on `channel` from any process; returns the unsubscribe. */
  async subscribe<T>(channel: string, handler: (payload: T) => void): Promise<() => void> {
    const h: Handler = (p) => {
      try {
        handler(p as T);
      } catch (err) {
        this.logger.error({ err }, `handler for ${channel} failed`);
      }
    };
    this.local.on(channel, h);
    if (this.redis.enabled && !this.subscribed.has(channel)) {
      this.subscribed.add(channel);
      await this.connection().subscribe(this.redis.key('bus', channel));
    }
    return () => this.local.off(channel, h);
  }

  async onApplicationShutdown(): Promise<void> {
    this.local.removeAllListeners();
    this.sub = null;
  }

  private connection(): Redis {
    if (this.sub) return this.sub;
    const prefix = this.redis.key('bus', '');
    this.sub = this.redis.subscriber();
    this.sub.on('message', (fullChannel: string, message: string) => {
      if (!fullChannel.startsWith(prefix)) return;
      let payload: unknown;
      try {
        payload = JSON.parse(message);
      } catch {
        return this.logger.warn(`ignoring a non-JSON message on ${fullChannel}`);
      }
      this.local.emit(fullChannel.slice(prefix.length), payload);
    });
    return this.sub;
  }
}
