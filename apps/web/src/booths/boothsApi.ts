import type {
  BoothContactView,
  BoothProfileView,
  BoothSearchPage,
  BoothVocabularyView,
  CertificationHeldView,
  EnterpriseProfileView,
  FavouriteState,
  FavouriteView,
  ProductSearchPage,
} from '@livefair/protocol';

import { api } from '../api/client';

const id = (value: string) => encodeURIComponent(value);

export interface BoothProfileInput {
  logoKey: string | null;
  bannerKey: string | null;
  introZh: string;
  introEn: string;
  videoUrl: string;
  showcase: string[];
  certifications: CertificationHeldView[];
  badges: string[];
  contacts: BoothContactView[];
}

export type EnterpriseProfileInput = Omit<EnterpriseProfileView, 'enterpriseId' | 'updatedAt'>;

export interface SearchFilters {
  q?: string;
  category?: string;
  province?: string;
  city?: string;
  badge?: string[];
  live?: boolean;
  page?: number;
  pageSize?: number;
}

export function searchParams(f: SearchFilters): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.category) p.set('category', f.category);
  if (f.province) p.set('province', f.province);
  if (f.city) p.set('city', f.city);
  if (f.badge?.length) p.set('badge', f.badge.join(','));
  if (f.live) p.set('live', 'true');
  if (f.page) p.set('page', String(f.page));
  if (f.pageSize) p.set('pageSize', String(f.pageSize));
  return p.toString();
}

/** Booth and enterprise profiles, search, favourites (docs/booths.md). */
export const boothsApi = {
  vocabulary: (signal?: AbortSignal) => api.get<BoothVocabularyView>('/booth-vocabulary', signal),
  profile: (boothId: string, signal?: AbortSignal) => api.get<BoothProfileView>(`/booths/${id(boothId)}/profile`, signal),
  saveProfile: (boothId: string, body: BoothProfileInput) => api.put<BoothProfileView>(`/booths/${id(boothId)}/profile`, body),
  enterpriseProfile: (enterpriseId: string, signal?: AbortSignal) =>
    api.get<EnterpriseProfileView>(`/enterprises/${id(enterpriseId)}/profile`, signal),
  myEnterprise: (signal?: AbortSignal) => api.get<EnterpriseProfileView>('/my/enterprise/profile', signal),
  saveMyEnterprise: (body: EnterpriseProfileInput) => api.put<EnterpriseProfileView>('/my/enterprise/profile', body),
  searchBooths: (f: SearchFilters, signal?: AbortSignal) => api.get<BoothSearchPage>(`/search/booths?${searchParams(f)}`, signal),
  searchProducts: (f: SearchFilters, signal?: AbortSignal) =>
    api.get<ProductSearchPage>(`/search/products?${searchParams(f)}`, signal),
  favourite: (boothId: string, signal?: AbortSignal) => api.get<FavouriteState>(`/booths/${id(boothId)}/favourite`, signal),
  setFavourite: (boothId: string, on: boolean) =>
    on
      ? api.put<FavouriteState>(`/booths/${id(boothId)}/favourite`, {})
      : api.delete<FavouriteState>(`/booths/${id(boothId)}/favourite`),
  myFavourites: (signal?: AbortSignal) => api.get<FavouriteView[]>('/my/favourites', signal),
};
