import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

import { LiveRoom } from './LiveRoom';
import type { Store } from './Store';

const noop = () => () => undefined;

/** A Store's current state, or `fallback` while there is no store yet. */
export function useStore<S extends object>(store: Store<S> | null, fallback: S): S {
  const initial = useRef(fallback).current; // a stable snapshot, or React re-renders forever
  return useSyncExternalStore(store ? store.subscribe : noop, store ? store.getSnapshot : () => initial);
}

/**
 * One live room per mounted page and session; closed (socket and all) on unmount. `adopt` may
 * hand over a room started before the page (see earlyWatch.ts).
 */
export function useLiveRoom(
  sessionId: string | null,
  as: 'viewer' | 'publisher',
  adopt?: (sessionId: string) => LiveRoom | null,
): LiveRoom | null {
  const [room, setRoom] = useState<LiveRoom | null>(null);
  useEffect(() => {
    if (!sessionId) return;
    const created = adopt?.(sessionId) ?? new LiveRoom(sessionId, as);
    setRoom(created);
    return () => {
      created.close();
      setRoom(null);
    };
  }, [sessionId, as]); // eslint-disable-line react-hooks/exhaustive-deps
  return room;
}

/** Something attached to the room (Viewer, Publisher, RoomFeed), created per room and closed with it. */
export function useRoomMember<M extends { close(): void }>(
  room: LiveRoom | null,
  create: (room: LiveRoom) => M & Parameters<LiveRoom['add']>[0],
): M | null {
  const [member, setMember] = useState<M | null>(null);
  useEffect(() => {
    if (!room) return;
    const created = create(room);
    const detach = room.add(created);
    setMember(created);
    return () => {
      detach();
      created.close();
      setMember(null);
    };
  }, [room]); // eslint-disable-line react-hooks/exhaustive-deps
  return member;
}
