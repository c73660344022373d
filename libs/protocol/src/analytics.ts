/** Event types a client may send to POST /api/analytics/events (docs/analytics.md). */
export const CLIENT_EVENT_TYPES = [
  'booth.enter',
  'booth.leave',
  'heartbeat',
  'product.view',
  'live.watch',
  'hall.enter',
] as const;
export type ClientEventType = (typeof CLIENT_EVENT_TYPES)[number];

/** Recorded by the server from other contexts' domain events, never accepted from a client. */
export type ServerEventType = 'inquiry' | 'order';

/** Seconds of watch time one heartbeat with `watching: true` stands for (the client sends one every 15 s). */
export const HEARTBEAT_SECONDS = 15;

/** One event as a client sends it. */
export interface AnalyticsEventInput {
  /** Client-generated UUID: a replay with the same id is stored once. */
  id: string;
  type: ClientEventType;
  /** When it happened on the client (ISO 8601); the server clamps it (see docs/analytics.md). */
  occurredAt: string;
  boothId?: string;
  /** One visit of one visitor at one booth: the same UUID on its enter, heartbeats, product views, leave. */
  visitId?: string;
  productId?: string;
  sessionId?: string;
  expoId?: string;
  hallId?: string;
  /** On a heartbeat: the booth's live stream is on screen. */
  watching?: boolean;
}

export interface AnalyticsBatchInput {
  visitorId: string;
  events: AnalyticsEventInput[];
}

export interface RejectedEvent {
  index: number;
  code: string;
  message: string;
}

export interface AnalyticsBatchResult {
  /** Newly stored events. */
  accepted: number;
  /** Events whose id was already stored (replays), not counted again. */
  duplicates: number;
  rejected: RejectedEvent[];
}

/** The funnel of a booth, a hall, an hour or an expo. */
export interface FunnelView {
  visits: number;
  engaged: number;
  inquiries: number;
  orders: number;
  orderValueFen: number;
}

export interface BoothStatsView extends FunnelView {
  boothId: string;
  hallId: string;
  code: string;
  enterpriseName: string;
  uniqueVisitors: number;
  repeatVisitors: number;
  avgDwellSeconds: number;
  medianDwellSeconds: number;
  peakConcurrent: number;
  watchMinutes: number;
  productViews: number;
}

export interface HourPointView extends FunnelView {
  /** Start of the UTC hour, ISO 8601. */
  hour: string;
  dwellSeconds: number;
  watchMinutes: number;
}

export interface HallStatsView extends FunnelView {
  hallId: string;
  name: string;
  uniqueVisitors: number;
  repeatVisitors: number;
  avgDwellSeconds: number;
  watchMinutes: number;
}

/** A place in a route: `entry` (came straight in), `hall:<id>` or `booth:<id>`, with its label. */
export interface RouteLinkView {
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  count: number;
}

export interface PathView {
  steps: string[];
  labels: string[];
  count: number;
}

export interface ExpoAnalyticsView {
  expoId: string;
  expoName: string;
  totals: FunnelView & { uniqueVisitors: number; repeatVisitors: number; watchMinutes: number };
  byHour: HourPointView[];
  byHall: HallStatsView[];
  topBooths: BoothStatsView[];
  routes: RouteLinkView[];
  paths: PathView[];
  /** Highest event sequence the roll-ups include, and when they last ran (ISO). */
  freshness: { seq: number; updatedAt: string | null };
}

export interface BoothAnalyticsView {
  booth: BoothStatsView;
  byHour: HourPointView[];
  /** Visits by how many times the visitor came (1, 2, 3, ...). */
  frequency: { visits: number; visitors: number }[];
  routesIn: RouteLinkView[];
  routesOut: RouteLinkView[];
  freshness: { seq: number; updatedAt: string | null };
}

export interface LeadVisitView {
  visitId: string;
  boothId: string;
  startedAt: string;
  lastSeenAt: string;
  dwellSeconds: number;
  productViews: number;
  watchMinutes: number;
}

export interface LeadVisitsView {
  leadId: string;
  boothId: string;
  buyerId: string;
  visits: LeadVisitView[];
}
