import type { types } from 'mediasoup';

/** One socket's (or one ingest's) media in a room. */
export class Peer {
  readonly transports = new Map<string, types.Transport>();
  readonly producers = new Set<string>();
  readonly consumers = new Map<string, types.Consumer>();

  constructor(
    readonly id: string,
    readonly canPublish: boolean,
  ) {}

  close(): void {
    for (const t of this.transports.values()) t.close();
    this.transports.clear();
    this.producers.clear();
    this.consumers.clear();
  }
}
