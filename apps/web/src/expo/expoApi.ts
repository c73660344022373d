import type {
  AnnouncementView,
  ApplicationView,
  CalendarEntryView,
  CategoryNodeView,
  ExpoConsoleView,
  HallConsoleView,
  HallMapView,
  ScheduleEntryView,
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
  /** An image the organizer uploaded (POST /api/uploads/images); null removes the cover. */
  coverImageKey?: string | null;
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

/** The organizer console's calls (docs/expo.md; paths under /api) and what buyers read of an expo beyond its halls. */
export const expoApi = {
  myExpos: (signal?: AbortSignal) => api.get<ExpoConsoleView[]>('/console/expos', signal),
  expo: (expoId: string, signal?: AbortSignal) => api.get<ExpoConsoleView>(`/console/expos/${id(expoId)}`, signal),
  create: (body: ExpoInput) => api.post<ExpoConsoleView>('/console/expos', body),
  update: (expoId: string, body: Partial<ExpoInput>) => api.patch<ExpoConsoleView>(`/console/expos/${id(expoId)}`, body),
  setStatus: (expoId: string, status: 'open' | 'closed') =>
    api.post<ExpoConsoleView>(`/console/expos/${id(expoId)}/status`, { status }),
  categories: (expoId: string, signal?: AbortSignal) =>
    api.get<CategoryNodeView[]>(`/console/expos/${id(expoId)}/categories`, signal),
  replaceCategories: (expoId: string, categories: CategoryInput[]) =>
    api.put<CategoryNodeView[]>(`/console/expos/${id(expoId)}/categories`, { categories }),
  importCategoriesCsv: (expoId: string, csv: string) =>
    api.put<CategoryNodeView[]>(`/console/expos/${id(expoId)}/categories/csv`, { csv }),
  halls: (expoId: string, signal?: AbortSignal) => api.get<HallConsoleView[]>(`/console/expos/${id(expoId)}/halls`, signal),
  createHall: (expoId: string, body: HallInput) => api.post<HallConsoleView>(`/console/expos/${id(expoId)}/halls`, body),
  updateHall: (hallId: string, body: HallInput) => api.patch<HallConsoleView>(`/console/halls/${id(hallId)}`, body),
  hallMap: (hallId: string, signal?: AbortSignal) => api.get<HallMapView>(`/console/halls/${id(hallId)}/map`, signal),
  createSlot: (hallId: string, body: Required<SlotInput>) => api.post<HallMapView>(`/console/halls/${id(hallId)}/slots`, body),
  updateSlot: (slotId: string, body: SlotInput) => api.patch<HallMapView>(`/console/slots/${id(slotId)}`, body),
  deleteSlot: (slotId: string) => api.delete<HallMapView>(`/console/slots/${id(slotId)}`),
  applications: (expoId: string, signal?: AbortSignal) =>
    api.get<ApplicationView[]>(`/console/expos/${id(expoId)}/applications`, signal),
  decide: (applicationId: string, decision: 'admit' | 'reject', reason?: string) =>
    api.post<ApplicationView>(
      `/console/applications/${id(applicationId)}/decision`,
      reason ? { decision, reason } : { decision },
    ),
  assign: (applicationId: string, slotId: string) =>
    api.post<ApplicationView>(`/console/applications/${id(applicationId)}/booth`, { slotId }),
  calendar: (expoId: string, signal?: AbortSignal) =>
    api.get<CalendarEntryView[]>(`/console/expos/${id(expoId)}/calendar`, signal),
  schedule: (expoId: string, body: { boothId: string; title: string; startsAt: string; endsAt: string }) =>
    api.post<CalendarEntryView>(`/console/expos/${id(expoId)}/calendar`, body),
  announcements: (expoId: string, signal?: AbortSignal) =>
    api.get<AnnouncementView[]>(`/console/expos/${id(expoId)}/announcements`, signal),
  announce: (expoId: string, body: { title: string; titleEn?: string; body?: string; bodyEn?: string }) =>
    api.post<AnnouncementView>(`/console/expos/${id(expoId)}/announcements`, body),
  publicAnnouncements: (expoId: string, signal?: AbortSignal) =>
    api.get<AnnouncementView[]>(`/expos/${id(expoId)}/announcements`, signal),
  publicSchedule: (expoId: string, signal?: AbortSignal) => api.get<ScheduleEntryView[]>(`/expos/${id(expoId)}/schedule`, signal),
  publicHallMap: (hallId: string, signal?: AbortSignal) => api.get<HallMapView>(`/halls/${id(hallId)}/map`, signal),
  myApplications: (signal?: AbortSignal) => api.get<ApplicationView[]>('/my/applications', signal),
  apply: (expoId: string, message: string) => api.post<ApplicationView>(`/expos/${id(expoId)}/applications`, { message }),
};
