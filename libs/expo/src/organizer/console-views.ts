import { imageUrl } from '@livefair/catalog';
import type {
  AnnouncementView,
  ApplicationView,
  CalendarEntryView,
  CategoryNodeView,
  ExpoConsoleView,
  HallConsoleView,
} from '@livefair/protocol';
import { CalendarEntry } from '../entities/calendar-entry.entity';
import { ExpoAnnouncement } from '../entities/expo-announcement.entity';
import { ExpoApplication } from '../entities/expo-application.entity';
import { ExpoCategory } from '../entities/expo-category.entity';
import { Expo } from '../entities/expo.entity';
import { Hall } from '../entities/hall.entity';

export function toExpoConsoleView(e: Expo, hallCount: number, boothCount: number): ExpoConsoleView {
  return {
    id: e.id,
    slug: e.slug,
    name: e.name,
    nameEn: e.nameEn,
    description: e.description,
    descriptionEn: e.descriptionEn,
    status: e.status,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timeZone: e.timeZone,
    coverImageKey: e.coverImageKey,
    coverUrl: e.coverImageKey ? imageUrl(e.coverImageKey) : null,
    hallCount,
    boothCount,
  };
}

export function toCategoryNodes(rows: ExpoCategory[]): CategoryNodeView[] {
  const parents = new Set(rows.map((r) => r.parentCode).filter((c): c is string => !!c));
  return [...rows]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((r) => ({
      code: r.code,
      parentCode: r.parentCode,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      ccc: r.ccc,
      leaf: !parents.has(r.code),
    }));
}

export function toHallConsoleView(h: Hall): HallConsoleView {
  return {
    id: h.id,
    expoId: h.expoId,
    name: h.name,
    nameEn: h.nameEn,
    categoryCode: h.categoryCode,
    gridCols: h.gridCols,
    gridRows: h.gridRows,
    sortOrder: h.sortOrder,
  };
}

export function toApplicationView(a: ExpoApplication, expoName: string, enterpriseName: string): ApplicationView {
  return {
    id: a.id,
    expoId: a.expoId,
    expoName,
    enterpriseId: a.enterpriseId,
    enterpriseName,
    status: a.status,
    message: a.message,
    reason: a.reason,
    createdAt: a.createdAt.toISOString(),
    decidedAt: a.decidedAt ? a.decidedAt.toISOString() : null,
    boothId: a.boothId,
  };
}

export function toCalendarEntryView(c: CalendarEntry, boothCode: string, enterpriseName: string): CalendarEntryView {
  return {
    id: c.id,
    expoId: c.expoId,
    hallId: c.hallId,
    boothId: c.boothId,
    boothCode,
    enterpriseName,
    sessionId: c.sessionId,
    title: c.title,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
  };
}

export function toAnnouncementView(a: ExpoAnnouncement): AnnouncementView {
  return {
    id: a.id,
    expoId: a.expoId,
    title: a.title,
    titleEn: a.titleEn,
    body: a.body,
    bodyEn: a.bodyEn,
    publishedAt: a.publishedAt.toISOString(),
  };
}
