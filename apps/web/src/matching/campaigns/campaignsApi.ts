import type {
  CampaignDashboard,
  CampaignView,
  OfferQuoteRequest,
  PushResult,
  QuoteView,
  RfqView,
  SupplierAnswerView,
} from '@livefair/protocol';

import { api } from '../../api/client';

export interface CreateCampaignRequest {
  name: string;
  scope: 'expo' | 'region';
  expoId?: string;
  provinces?: string[];
  categoryCodes?: string[];
  startsAt: string;
  endsAt: string;
}

const id = (v: string) => encodeURIComponent(v);

/** Campaigns (organizers) and answers from orders for you (exhibitors); docs/matching.md. */
export const campaignsApi = {
  list: (signal?: AbortSignal) => api.get<CampaignView[]>('/matching/campaigns', signal),
  create: (body: CreateCampaignRequest) => api.post<CampaignView>('/matching/campaigns', body),
  dashboard: (campaignId: string, signal?: AbortSignal) =>
    api.get<CampaignDashboard>(`/matching/campaigns/${id(campaignId)}`, signal),
  setWebhook: (campaignId: string, body: { url: string; secret: string }) =>
    api.put<CampaignView>(`/matching/campaigns/${id(campaignId)}/webhook`, body),
  clearWebhook: (campaignId: string) => api.delete<CampaignView>(`/matching/campaigns/${id(campaignId)}/webhook`),
  push: (campaignId: string, body: { suggestionIds: string[] } | { topPerDemand: number }) =>
    api.post<PushResult>(`/matching/campaigns/${id(campaignId)}/push`, body),
  quote: (demandId: string, body: OfferQuoteRequest & { productId: string }) =>
    api.post<{ rfq: RfqView; quote: QuoteView }>(`/matching/orders-for-you/${id(demandId)}/quote`, body),
  decline: (demandId: string, reason?: string) =>
    api.post<SupplierAnswerView>(`/matching/orders-for-you/${id(demandId)}/decline`, reason ? { reason } : {}),
};

/** A campaign's window for people: its end is exclusive (the day after the last one), so show the instant before it. */
export const windowEnd = (endsAt: string) => new Date(Date.parse(endsAt) - 1).toISOString();
