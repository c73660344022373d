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
  coverImageKey: string | null;
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
  /** Viewers now; null: the live context does not publish a count to other contexts. */
  viewers: number | null;
  /** The next session on the expo calendar (UTC), or null. */
  nextSessionAt: string | null;
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

export interface AnnouncementView {
  id: string;
  expoId: string;
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  publishedAt: string;
}
