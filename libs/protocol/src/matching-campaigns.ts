/** Organizer matchmaking campaigns, pushes, supplier answers and campaign webhooks (docs/matching.md). */
import type { OrderForYouView } from './matching';

export const CAMPAIGN_LIMITS = {
  nameChars: 100,
  /** Campaigns one organizer may have. */
  maxPerOrganizer: 20,
  /** Campaigns of one organizer with a webhook. */
  maxWebhooksPerOrganizer: 5,
  maxProvinces: 34,
  maxCategories: 20,
  /** Longest window, days. */
  maxDays: 366,
  /** Suggestions one push names, and "top N per demand". */
  pushMax: 200,
  topPerDemandMax: 10,
  /** Matches the dashboard reads (newest demands first); lists it shows. */
  matchesMax: 2000,
  listMax: 200,
  webhookUrlChars: 500,
  secretMinChars: 16,
  secretMaxChars: 128,
  /** Answers (quotes or declines) one enterprise may give from "orders for you" in 24 hours. */
  answersPerEnterprisePerDay: 30,
  reasonChars: 200,
} as const;

export type CampaignScope = 'expo' | 'region';

export interface CampaignView {
  id: string;
  name: string;
  scope: CampaignScope;
  /** scope `expo`: the organizer's expo whose exhibitors (and the organizer's onboarded suppliers) take part. */
  expoId: string | null;
  /** scope `region`: short province names (`浙江`) of the suppliers taking part. */
  provinces: string[];
  /** Only needs of these categories (leaf or industry codes); empty: every category. */
  categoryCodes: string[];
  /** Needs posted in [startsAt, endsAt) belong to the campaign. */
  startsAt: string;
  endsAt: string;
  /** The webhook (its secret is never shown again), or null. */
  webhook: { url: string } | null;
  createdAt: string;
}

export interface CampaignCounts {
  /** Needs posted in the window (of the categories). */
  demands: number;
  /** Of those, needs with at least one supplier of the campaign suggested. */
  matchedDemands: number;
  suggestions: number;
  pushed: number;
  /** Suppliers that answered: quoted (through an invitation or from orders for you) or declined. */
  responses: number;
  quoted: number;
  declined: number;
  meetings: number;
  /** Quotes accepted: orders made. */
  orders: number;
  orderTotalFen: number;
}

export type CampaignResponseKind = 'quoted' | 'declined';

export interface CampaignMatchView {
  suggestionId: string;
  demandId: string;
  demandText: string;
  buyerName: string;
  supplierId: string;
  supplierName: string;
  enterpriseId: string | null;
  /** Place in the buyer's list; null: only in the supplier's orders for you. */
  rank: number | null;
  score: number;
  pushedAt: string | null;
  response: CampaignResponseKind | null;
  rfqId: string | null;
  orderNo: string | null;
}

export interface CampaignDemandView {
  id: string;
  text: string;
  buyerName: string;
  quantity: number;
  unit: string;
  deliveryProvince: string;
  status: 'open' | 'closed';
  createdAt: string;
  /** Suppliers of the campaign suggested for it. */
  matches: number;
}

export interface CampaignMeetingView {
  id: string;
  status: string;
  topic: string;
  buyerName: string;
  enterpriseName: string;
  demandId: string | null;
  startsAt: string | null;
}

export interface CampaignOrderView {
  orderId: string;
  orderNo: string;
  totalFen: number;
  demandId: string;
  supplierName: string;
  buyerName: string;
  at: string;
}

export interface CampaignDashboard {
  campaign: CampaignView;
  counts: CampaignCounts;
  demands: CampaignDemandView[];
  matches: CampaignMatchView[];
  meetings: CampaignMeetingView[];
  orders: CampaignOrderView[];
}

export interface PushResult {
  /** Suggestions pushed now (each to its buyer and its supplier's staff). */
  pushed: string[];
  /** Named or selected, but pushed before (by any campaign): nothing sent again. */
  alreadyPushed: string[];
  /** In-app notifications written. */
  notifications: number;
}

/** What a supplier answered to a need from its orders for you. */
export interface SupplierAnswerView {
  kind: CampaignResponseKind;
  rfqId: string | null;
  reason: string | null;
  at: string;
}

export interface OrderForYouItem extends OrderForYouView {
  answer: SupplierAnswerView | null;
}

/** A webhook delivery's body (the signature covers `<timestamp>.<raw body>`). */
export interface CampaignWebhookEvent {
  id: string;
  type: 'suggestion.pushed' | 'response.quoted' | 'response.declined' | 'quote.accepted' | 'quote.declined';
  campaignId: string;
  createdAt: string;
  data: Record<string, string | number | null>;
}
