import type { LiveSessionView } from '@livefair/protocol';

import { api } from '../api/client';

const id = (value: string) => encodeURIComponent(value);

export interface CreateLiveSession {
  title: string;
  /** UTC ISO-8601. */
  scheduledAt?: string;
  allowAnonymous?: boolean;
}

/** HTTP calls around live sessions (the room itself speaks socket.io, see LiveRoom). */
export const liveApi = {
  boothSessions: (boothId: string, signal?: AbortSignal) =>
    api.get<LiveSessionView[]>(`/booths/${id(boothId)}/live-sessions`, signal),
  session: (sessionId: string, signal?: AbortSignal) => api.get<LiveSessionView>(`/live-sessions/${id(sessionId)}`, signal),
  create: (boothId: string, body: CreateLiveSession) => api.post<LiveSessionView>(`/booths/${id(boothId)}/live-sessions`, body),
  ingestKey: (sessionId: string, signal?: AbortSignal) =>
    api.get<{ streamKey: string }>(`/live-sessions/${id(sessionId)}/ingest`, signal),
  rotateKey: (sessionId: string) => api.post<{ streamKey: string }>(`/live-sessions/${id(sessionId)}/ingest/rotate`, {}),
};
