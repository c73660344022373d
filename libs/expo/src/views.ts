import { imageUrl } from '@livefair/catalog';
import type { BoothSummary, EnterpriseView, ExpoSummary, HallView } from '@livefair/protocol';
import { Booth } from './entities/booth.entity';
import { Enterprise } from './entities/enterprise.entity';
import { Expo } from './entities/expo.entity';
import { Hall } from './entities/hall.entity';

export function toEnterpriseView(e: Enterprise): EnterpriseView {
  return { id: e.id, name: e.name, city: e.city, industry: e.industry, description: e.description };
}

export function toExpoSummary(e: Expo, hallCount: number, boothCount: number): ExpoSummary {
  return {
    id: e.id,
    slug: e.slug,
    name: e.name,
    nameEn: e.nameEn,
    description: e.description,
    descriptionEn: e.descriptionEn,
    coverUrl: e.coverImageKey ? imageUrl(e.coverImageKey) : null,
    timeZone: e.timeZone,
    status: e.status,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    hallCount,
    boothCount,
  };
}

export function toHallView(h: Hall, boothCount: number): HallView {
  return { id: h.id, expoId: h.expoId, name: h.name, industry: h.industry, sortOrder: h.sortOrder, boothCount };
}

export function toBoothSummary(b: Booth, productCount: number): BoothSummary {
  if (!b.enterprise) throw new Error(`booth ${b.id} loaded without its enterprise`);
  return {
    id: b.id,
    hallId: b.hallId,
    expoId: b.expoId,
    code: b.code,
    headline: b.headline,
    enterprise: toEnterpriseView(b.enterprise),
    productCount,
    liveStatus: b.liveStatus,
  };
}
