import type { LiveAck, LiveRequests, LiveServerEvents } from '@livefair/protocol';
import { io, Socket } from 'socket.io-client';

/** A real socket.io client of the `/live` namespace, typed by the protocol. */
export class TestLiveClient {
  readonly socket: Socket;

  private constructor(url: string, token?: string) {
    this.socket = io(`${url}/live`, {
      auth: token ? { token } : undefined,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
  }

  static connect(url: string, token?: string): Promise<TestLiveClient> {
    const c = new TestLiveClient(url, token);
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

  next<E extends keyof LiveServerEvents>(event: E, ms = 5000, where?: (p: LiveServerEvents[E]) => boolean): Promise<LiveServerEvents[E]> {
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
