import type { BoothLiveStatus, ExpoStatus } from './http';

/** An expo as its organizer edits it (GET/POST/PATCH /api/console/expos). Times are UTC ISO-8601. */
export interface ExpoConsoleView {
  id: string;
  slug: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  status: ExpoStatus;
  startsAt: string;
  endsAt: string;
  /** IANA zone the dates are shown in. */
  timeZone: string;
  /** An image the organizer uploaded (POST /api/uploads/images); coverUrl is where it is shown. */
  coverImageKey: string | null;
  coverUrl: string | null;
  hallCount: number;
  boothCount: number;
}

/** One node of an expo's category tree. */
export interface CategoryNodeView {
  code: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  /** China Compulsory Certification required (leaves). */
  ccc: boolean;
  leaf: boolean;
}

export interface HallConsoleView {
  id: string;
  expoId: string;
  name: string;
  nameEn: string;
  categoryCode: string | null;
  gridCols: number;
  gridRows: number;
  sortOrder: number;
}

/** The booth on a slot, as the hall map shows it. */
export interface SlotBoothView {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  liveStatus: BoothLiveStatus;
  /** The booth's live broadcast now (its room is /watch/:id), or null. */
  liveSessionId: string | null;
  /** Viewers of that broadcast on every live process (about a second old); null when not live. */
  viewers: number | null;
  /** The next session on the expo calendar that has not ended (UTC), or null. */
  nextSessionAt: string | null;
  nextSessionTitle: string | null;
}

export interface SlotView {
  id: string;
  code: string;
  x: number;
  y: number;
  w: number;
  h: number;
  booth: SlotBoothView | null;
}

export interface HallMapView {
  hall: HallConsoleView;
  slots: SlotView[];
}

export type ApplicationStatus = 'pending' | 'admitted' | 'rejected';

export interface ApplicationView {
  id: string;
  expoId: string;
  expoName: string;
  enterpriseId: string;
  enterpriseName: string;
  status: ApplicationStatus;
  message: string;
  reason: string;
  createdAt: string;
  decidedAt: string | null;
  boothId: string | null;
}

export interface CalendarEntryView {
  id: string;
  expoId: string;
  hallId: string;
  boothId: string;
  boothCode: string;
  enterpriseName: string;
  sessionId: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

/** A session on a buyer's expo schedule (GET /api/expos/:id/schedule). */
export interface ScheduleEntryView extends CalendarEntryView {
  hallName: string;
  hallNameEn: string;
  /** The live session's state now: `live` (watch it at /watch/:sessionId) or `scheduled`. */
  status: 'live' | 'scheduled';
  /** Viewers now while live, else null. */
  viewers: number | null;
}

export interface AnnouncementView {
  id: string;
  expoId: string;
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  publishedAt: string;
}
