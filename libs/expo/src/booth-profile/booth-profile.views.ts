import type { BoothProfileView, ImageRef, ProductView } from '@livefair/protocol';
import { BoothProfile } from './booth-profile.entity';

export const imageRef = (key: string | null): ImageRef | null => (key ? { key, url: `/api/images/${key}` } : null);

export function toBoothProfileView(
  boothId: string,
  enterpriseId: string,
  p: BoothProfile | null,
  showcase: ProductView[],
): BoothProfileView {
  return {
    boothId,
    enterpriseId,
    logo: imageRef(p?.logoKey ?? null),
    banner: imageRef(p?.bannerKey ?? null),
    introZh: p?.introZh ?? '',
    introEn: p?.introEn ?? '',
    videoUrl: p?.videoUrl ?? '',
    showcase,
    certifications: p?.certifications ?? [],
    badges: p?.badges ?? [],
    contacts: p?.contacts ?? [],
    updatedAt: p ? p.updatedAt.toISOString() : null,
  };
}
