import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * The one place contexts get Redis from (production). Opened lazily, so a process that
 * never needs Redis directly opens no connection; closed at shutdown. Bull and the
 * socket.io adapter keep their own connections (they need dedicated ones).
 *
 * Every key goes through `key()`: the `QUEUE_PREFIX` namespace keeps deployments (and
 * tests) sharing one Redis apart.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private command: Redis | null = null;
  private readonly subscribers: Redis[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** False in the embedded default: callers use their in-process path. */
  get enabled(): boolean {
    return this.config.redis !== null;
  }

  /** The shared connection for commands (never put it in subscriber mode). */
  client(): Redis {
    this.command ??= this.open('command');
    return this.command;
  }

  /** A connection of its own for SUBSCRIBE (a subscribed connection cannot run commands). */
  subscriber(): Redis {
    const sub = this.open('subscriber');
    this.subscribers.push(sub);
    return sub;
  }

  /** `prefix:part:part`, the namespaced key or channel name. */
  key(...parts: string[]): string {
    return [this.config.queue.prefix, ...parts].join(':');
  }

  async onApplicationShutdown(): Promise<void> {
    const all = [this.command, ...this.subscribers].filter((c): c is Redis => c !== null);
    this.command = null;
    this.subscribers.length = 0;
    // quit() lets pending commands finish; disconnect() would reject them.
    await Promise.all(all.map((c) => c.quit().catch(() => c.disconnect())));
  }

  private open(role: string): Redis {
    if (!this.config.redis) throw new Error('Redis is not configured (REDIS_URL is unset)');
    const conn = new Redis(this.config.redis.url, {
      maxRetriesPerRequest: 2,
      enableAutoPipelining: true,
      connectionName: `livefair-${role}`,
    });
    conn.on('error', (err) => this.logger.warn({ err }, `redis ${role} connection error`));
    return conn;
  }
}
