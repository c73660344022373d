import type { LiveAck, LiveRequests, LiveServerEvents } from '@livefair/protocol';
import { io, Socket } from 'socket.io-client';

export interface ClientOptions {
  /** Sent as X-Forwarded-For (believed by a server with TRUST_PROXY=1): the client's IP as a proxy saw it. */
  forwardedFor?: string;
}

/** A random documentation-range IPv4 address, for one simulated client. */
export const randomIp = () => `198.51.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

/** A real socket.io client of the `/live` namespace, typed by the protocol. */
export class TestLiveClient {
  readonly socket: Socket;

  private constructor(url: string, token?: string, options: ClientOptions = {}) {
    this.socket = io(`${url}/live`, {
      auth: token ? { token } : undefined,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : undefined,
    });
  }

  static connect(url: string, token?: string, options: ClientOptions = {}): Promise<TestLiveClient> {
    const c = new TestLiveClient(url, token, options);
    return new Promise((resolve, reject) => {
      c.socket.once('connect', () => resolve(c));
      c.socket.once('connect_error', reject);
    });
  }

  /** Raw ack, whatever it is. */
  ack(event: string, payload?: unknown): Promise<LiveAck<unknown>> {
    return this.socket.timeout(10_000).emitWithAck(event, payload);
  }

  async request<E extends keyof LiveRequests>(event: E, payload: LiveRequests[E][0]): Promise<LiveRequests[E][1]> {
    const ack = (await this.ack(event, payload)) as LiveAck<LiveRequests[E][1]>;
    if (!ack.ok) throw Object.assign(new Error(`${event}: ${ack.error.code} ${ack.error.message}`), { code: ack.error.code });
    return ack.data;
  }

  async errorCode(event: string, payload?: unknown): Promise<string> {
    const ack = await this.ack(event, payload);
    if (ack.ok) throw new Error(`${event} unexpectedly succeeded`);
    return ack.error.code;
  }

  next<E extends keyof LiveServerEvents>(
    event: E,
    ms = 5000,
    where?: (p: LiveServerEvents[E]) => boolean,
  ): Promise<LiveServerEvents[E]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.socket.off(event, handler as never);
        reject(new Error(`no ${event} within ${ms} ms`));
      }, ms);
      const handler = (p: LiveServerEvents[E]) => {
        if (where && !where(p)) return;
        clearTimeout(timer);
        this.socket.off(event, handler as never);
        resolve(p);
      };
      this.socket.on(event, handler as never);
    });
  }

  close(): void {
    this.socket.close();
  }
}
