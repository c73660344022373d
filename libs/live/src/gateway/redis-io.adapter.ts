import { INestApplicationContext, Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { LeanIoAdapter } from './lean-io.adapter';

/** Room events cross live processes through Redis pub/sub (production). */
export class RedisIoAdapter extends LeanIoAdapter {
  private readonly logger = new Logger('RedisIoAdapter');
  private pub: Redis | null = null;
  private sub: Redis | null = null;

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string,
  ) {
    super(app);
  }

  async connect(): Promise<void> {
    this.pub = new Redis(this.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.sub = this.pub.duplicate();
    await Promise.all([this.pub.connect(), this.sub.connect()]);
    this.catchPublishFailures(this.pub);
  }

  /**
   * @socket.io/redis-adapter calls `publish` and drops the promise: a publish that fails (Redis
   * restarting, or a room event sent while the process shuts down after the adapter quit its
   * connections) was an unhandled rejection, which Node turns into the process's exit. A room event
   * that cannot reach the other processes is logged and dropped instead (each process also tells its
   * own sockets, and room state is read again on join).
   */
  private catchPublishFailures(pub: Redis): void {
    const publish = pub.publish.bind(pub) as (channel: string, message: string | Buffer) => Promise<number>;
    const wrapped = (channel: string, message: string | Buffer): Promise<number> =>
      publish(channel, message).catch((err: unknown) => {
        this.logger.warn({ err, channel }, 'a room event could not be published to the other live processes');
        return 0;
      });
    Object.assign(pub, { publish: wrapped });
  }

  createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (!this.pub || !this.sub) throw new Error('RedisIoAdapter.connect() must be awaited first');
    server.adapter(createAdapter(this.pub, this.sub, { key: 'livefair-io' }));
    return server;
  }

  async dispose(): Promise<void> {
    await super.dispose();
    // quit() lets pending commands finish; disconnect() would reject them ("Connection is closed").
    await Promise.all([this.pub?.quit().catch(() => undefined), this.sub?.quit().catch(() => undefined)]);
  }
}
