import type {
  AnnouncementView,
  ApplicationView,
  CalendarEntryView,
  CategoryNodeView,
  ExpoConsoleView,
  HallConsoleView,
  HallMapView,
} from '@livefair/protocol';

import { api } from '../api/client';

const id = (value: string) => encodeURIComponent(value);

export interface ExpoInput {
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  /** Wall time in `timeZone`, `YYYY-MM-DDTHH:mm`. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

export interface CategoryInput {
  code: string;
  parentCode?: string | null;
  nameZh: string;
  nameEn?: string;
  ccc?: boolean;
}

export interface HallInput {
  name: string;
  nameEn?: string;
  categoryCode?: string | null;
  gridCols?: number;
  gridRows?: number;
}

export interface SlotInput {
  code?: string;
  x?: number;
  y?: number;
  w?: number;
  h?: number;
}

/** The organizer console's calls (docs/expo.md) and what buyers read of an expo beyond its halls. */
export const expoApi = {
  myExpos: (signal?: AbortSignal) => api.get<ExpoConsoleView[]>('/api/console/expos', signal),
  expo: (expoId: string, signal?: AbortSignal) => api.get<ExpoConsoleView>(`/api/console/expos/${id(expoId)}`, signal),
  create: (body: ExpoInput) => api.post<ExpoConsoleView>('/api/console/expos', body),
  update: (expoId: string, body: Partial<ExpoInput>) => api.patch<ExpoConsoleView>(`/api/console/expos/${id(expoId)}`, body),
  setStatus: (expoId: string, status: 'open' | 'closed') =>
    api.post<ExpoConsoleView>(`/api/console/expos/${id(expoId)}/status`, { status }),
  categories: (expoId: string, signal?: AbortSignal) =>
    api.get<CategoryNodeView[]>(`/api/console/expos/${id(expoId)}/categories`, signal),
  replaceCategories: (expoId: string, categories: CategoryInput[]) =>
    api.put<CategoryNodeView[]>(`/api/console/expos/${id(expoId)}/categories`, { categories }),
  importCategoriesCsv: (expoId: string, csv: string) =>
    api.put<CategoryNodeView[]>(`/api/console/expos/${id(expoId)}/categories/csv`, { csv }),
  halls: (expoId: string, signal?: AbortSignal) => api.get<HallConsoleView[]>(`/api/console/expos/${id(expoId)}/halls`, signal),
  createHall: (expoId: string, body: HallInput) => api.post<HallConsoleView>(`/api/console/expos/${id(expoId)}/halls`, body),
  updateHall: (hallId: string, body: HallInput) => api.patch<HallConsoleView>(`/api/console/halls/${id(hallId)}`, body),
  hallMap: (hallId: string, signal?: AbortSignal) => api.get<HallMapView>(`/api/console/halls/${id(hallId)}/map`, signal),
  createSlot: (hallId: string, body: Required<SlotInput>) =>
    api.post<HallMapView>(`/api/console/halls/${id(hallId)}/slots`, body),
  updateSlot: (slotId: string, body: SlotInput) => api.patch<HallMapView>(`/api/console/slots/${id(slotId)}`, body),
  deleteSlot: (slotId: string) => api.delete<HallMapView>(`/api/console/slots/${id(slotId)}`),
  applications: (expoId: string, signal?: AbortSignal) =>
    api.get<ApplicationView[]>(`/api/console/expos/${id(expoId)}/applications`, signal),
  decide: (applicationId: string, decision: 'admit' | 'reject', reason?: string) =>
    api.post<ApplicationView>(
      `/api/console/applications/${id(applicationId)}/decision`,
      reason ? { decision, reason } : { decision },
    ),
  assign: (applicationId: string, slotId: string) =>
    api.post<ApplicationView>(`/api/console/applications/${id(applicationId)}/booth`, { slotId }),
  calendar: (expoId: string, signal?: AbortSignal) =>
    api.get<CalendarEntryView[]>(`/api/console/expos/${id(expoId)}/calendar`, signal),
  schedule: (expoId: string, body: { boothId: string; title: string; startsAt: string; endsAt: string }) =>
    api.post<CalendarEntryView>(`/api/console/expos/${id(expoId)}/calendar`, body),
  announcements: (expoId: string, signal?: AbortSignal) =>
    api.get<AnnouncementView[]>(`/api/console/expos/${id(expoId)}/announcements`, signal),
  announce: (expoId: string, body: { title: string; titleEn?: string; body?: string; bodyEn?: string }) =>
    api.post<AnnouncementView>(`/api/console/expos/${id(expoId)}/announcements`, body),
  publicAnnouncements: (expoId: string, signal?: AbortSignal) =>
    api.get<AnnouncementView[]>(`/api/expos/${id(expoId)}/announcements`, signal),
  publicHallMap: (hallId: string, signal?: AbortSignal) => api.get<HallMapView>(`/api/halls/${id(hallId)}/map`, signal),
  apply: (expoId: string, message: string) => api.post<ApplicationView>(`/api/expos/${id(expoId)}/applications`, { message }),
};
