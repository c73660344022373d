import { DomainError } from '@livefair/core';
import type { RoomRegistry } from '../room/room-registry';
import type { LiveSessionService } from '../sessions/live-session.service';
import { IngestGate } from './ingest-gate';

/** The gate alone: the session store and the room are stand-ins (the e2e tests run the real ones). */
function setup() {
  let currentKey = 'key-1';
  const peers = new Set<string>();
  const room = {
    isClosed: false,
    publishingPeer: null,
    peer: (id: string) => peers.add(id),
    hasPeer: (id: string) => peers.has(id),
    removePeer: (id: string) => peers.delete(id),
  };
  const sessions = {
    byStreamKey: async (_id: string, key: string) => {
      if (key !== currentKey) throw new DomainError('STREAM_KEY_INVALID', 'Wrong or revoked stream key');
      return { status: 'live' };
    },
  } as unknown as LiveSessionService;
  const registry = { getOrOpen: async () => room } as unknown as RoomRegistry;
  let bytes = 0;
  const transport = { closed: false, getStats: async () => [{ bytesReceived: bytes }] };
  const gate = new IngestGate(sessions, registry);
  return {
    gate,
    peers,
    rotate: () => (currentKey = 'key-2'),
    receive: (n: number) => (bytes += n),
    open: () => gate.open('s1', 'key-1', 'rtp', async (p) => (p.watch(transport as never), p.resourceId)),
  };
}

const timeouts = { silenceMs: 3000, startMs: 10_000 };

describe('IngestGate', () => {
  it('drops an ingest whose key was rotated when it re-checks (a missed bus message)', async () => {
    const s = setup();
    await s.open();
    await s.gate.revalidate();
    expect(s.peers.size).toBe(1);
    s.rotate();
    await s.gate.revalidate();
    expect(s.peers.size).toBe(0);
  });

  it('keeps an ingest while bytes arrive and releases it after the silence', async () => {
    const s = setup();
    await s.open();
    const t0 = Date.now();
    s.receive(1000);
    await s.gate.dropSilent(timeouts, t0 + 1000);
    await s.gate.dropSilent(timeouts, t0 + 3500);
    expect(s.peers.size).toBe(1);
    await s.gate.dropSilent(timeouts, t0 + 4100);
    expect(s.peers.size).toBe(0);
  });

  it('gives an encoder that has not sent yet the start window, not the silence, to begin', async () => {
    const s = setup();
    await s.open();
    const t0 = Date.now();
    await s.gate.dropSilent(timeouts, t0 + 3500);
    await s.gate.dropSilent(timeouts, t0 + 9000);
    expect(s.peers.size).toBe(1);
    s.receive(1000);
    await s.gate.dropSilent(timeouts, t0 + 9500);
    await s.gate.dropSilent(timeouts, t0 + 12000);
    expect(s.peers.size).toBe(1);
    await s.gate.dropSilent(timeouts, t0 + 12600);
    expect(s.peers.size).toBe(0);
  });

  it('releases an ingest whose encoder never sent anything once the start window is over', async () => {
    const s = setup();
    await s.open();
    const t0 = Date.now();
    await s.gate.dropSilent(timeouts, t0 + 9900);
    expect(s.peers.size).toBe(1);
    await s.gate.dropSilent(timeouts, t0 + 10_100);
    expect(s.peers.size).toBe(0);
  });

  it('takes one ingest per session', async () => {
    const s = setup();
    await s.open();
    await expect(s.open()).rejects.toMatchObject({ code: 'ALREADY_PUBLISHING' });
  });
});
