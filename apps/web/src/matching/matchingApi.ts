import type { DemandView, DemandWithSuggestions, MatchVocabularyView, OrderForYouItem, RfqView } from '@livefair/protocol';

import { api } from '../api/client';

export interface CreateDemandRequest {
  text: string;
  categoryCode?: string;
  quantity: number;
  unit: string;
  targetUnitPriceFen?: number;
  deliveryProvince: string;
  deadline: string;
  certifications?: string[];
  oem?: boolean;
  sampleFirst?: boolean;
  vatInvoice?: boolean;
  prefersLocal?: boolean;
}

const id = (v: string) => encodeURIComponent(v);

/** The matching API (docs/matching.md). */
export const matchingApi = {
  vocabulary: (signal?: AbortSignal) => api.get<MatchVocabularyView>('/matching/vocabulary', signal),
  createDemand: (body: CreateDemandRequest) => api.post<DemandWithSuggestions>('/matching/demands', body),
  myDemands: (signal?: AbortSignal) => api.get<DemandView[]>('/matching/demands', signal),
  demand: (demandId: string, signal?: AbortSignal) => api.get<DemandWithSuggestions>(`/matching/demands/${id(demandId)}`, signal),
  close: (demandId: string) => api.post<DemandView>(`/matching/demands/${id(demandId)}/close`, {}),
  contact: (demandId: string, supplierId: string) =>
    api.post<{ enterpriseId: string | null; boothIds: string[] }>(
      `/matching/demands/${id(demandId)}/suggestions/${id(supplierId)}/contact`,
      {},
    ),
  invite: (demandId: string, supplierId: string) =>
    api.post<RfqView>(`/matching/demands/${id(demandId)}/suggestions/${id(supplierId)}/invite`, {}),
  ordersForYou: (signal?: AbortSignal) => api.get<OrderForYouItem[]>('/matching/orders-for-you', signal),
};
