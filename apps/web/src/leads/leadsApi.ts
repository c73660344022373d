import type {
  BusinessCardRequest,
  BusinessCardView,
  BuyerLeadView,
  CardExchangeView,
  CreateInquiryRequest,
  LeadDetailView,
  LeadEventView,
  LeadPage,
  LeadStatus,
  LeadView,
} from '@livefair/protocol';

import { api, apiDownload } from '../api/client';

const id = (value: string) => encodeURIComponent(value);

/** The leads lists' query (empty values left out). */
export interface LeadListQuery {
  status?: string;
  boothId?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
  pageSize?: number;
  lang?: string;
}
const query = (q: LeadListQuery) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** Typed calls for the leads and business-card endpoints (docs/leads.md). */
export const leadsApi = {
  inquire: (body: CreateInquiryRequest, key: string) =>
    api.post<BuyerLeadView>('/booth-inquiries', body, { 'Idempotency-Key': key }),
  myInquiries: (q: LeadListQuery, signal?: AbortSignal) =>
    api.get<LeadPage<BuyerLeadView>>(`/my/booth-inquiries${query(q)}`, signal),
  myInquiry: (leadId: string, signal?: AbortSignal) =>
    api.get<BuyerLeadView & { history: LeadEventView[] }>(`/my/booth-inquiries/${id(leadId)}`, signal),
  leads: (q: LeadListQuery, signal?: AbortSignal) => api.get<LeadPage<LeadView>>(`/seller/leads${query(q)}`, signal),
  lead: (leadId: string, signal?: AbortSignal) => api.get<LeadDetailView>(`/seller/leads/${id(leadId)}`, signal),
  move: (leadId: string, body: { to: LeadStatus; reason?: string; rfqId?: string }) =>
    api.post<LeadDetailView>(`/seller/leads/${id(leadId)}/status`, body),
  note: (leadId: string, body: string) => api.post<LeadDetailView>(`/seller/leads/${id(leadId)}/notes`, { body }),
  exportCsv: (q: LeadListQuery) => apiDownload(`/seller/leads/export.csv${query(q)}`, 'leads.csv'),
  myCard: (signal?: AbortSignal) => api.get<{ card: BusinessCardView | null }>('/my/card', signal),
  saveCard: (body: BusinessCardRequest) => api.put<BusinessCardView>('/my/card', body),
  requestCards: (boothId: string) => api.post<CardExchangeView>('/card-exchanges', { boothId }),
  exchanges: (signal?: AbortSignal) => api.get<CardExchangeView[]>('/card-exchanges', signal),
  offerCard: (leadId: string) => api.post<CardExchangeView>(`/seller/leads/${id(leadId)}/card-offer`, {}),
  answerCards: (exchangeId: string, accept: boolean) =>
    api.post<CardExchangeView>(`/card-exchanges/${id(exchangeId)}/${accept ? 'accept' : 'decline'}`, {}),
};
