import type { BoothAnalyticsView, ExpoAnalyticsView, LeadVisitsView } from '@livefair/protocol';

import { apiRequest } from '../api/client';
import { readToken } from '../auth/session';

export const analyticsApi = {
  expo: (expoId: string, signal?: AbortSignal) =>
    apiRequest<ExpoAnalyticsView>('GET', `/analytics/expos/${encodeURIComponent(expoId)}`, { signal }),
  booth: (boothId: string, signal?: AbortSignal) =>
    apiRequest<BoothAnalyticsView>('GET', `/analytics/booths/${encodeURIComponent(boothId)}`, { signal }),
  leadVisits: (leadId: string, signal?: AbortSignal) =>
    apiRequest<LeadVisitsView>('GET', `/analytics/leads/${encodeURIComponent(leadId)}/visits`, { signal }),
};

/** Downloads a CSV export with the bearer token (a plain link would not carry it). */
export async function downloadCsv(path: string, filename: string): Promise<void> {
  const token = readToken();
  const res = await fetch(`/api${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
