export type Mode = 'embedded' | 'production';

export type DatabaseConfig =
  | { type: 'mysql' | 'mariadb'; url: string; migrate: boolean; synchronize: boolean }
  | { type: 'sqljs'; file: string | null; migrate: boolean; synchronize: boolean; /** EMBEDDED_SAVE_MS */ saveMs: number };

/** Attempts per window (429 RATE_LIMITED beyond), counted in Redis when configured, in-process otherwise. */
export interface AuthRateLimits {
  windowMs: number;
  loginPerIp: number;
  loginPerAccount: number;
  registerPerIp: number;
  registerPerAccount: number;
}

/** A token bucket: refills `perSecond`, holds at most `burst`. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** The typed configuration every module reads. Built once at boot by `loadConfig`. */
export interface AppConfig {
  mode: Mode;
  dataDir: string;
  database: DatabaseConfig;
  redis: { url: string } | null;
  http: {
    host: string;
    port: number;
    publicUrl: string | null;
    /** JSON_MAX_DEPTH: bodies and socket payloads nested deeper are refused before validation. */
    jsonMaxDepth: number;
    /** TRUST_PROXY: proxy hops whose X-Forwarded-For names the client (0: the socket's address). */
    trustProxy: number;
    /** CORS_ORIGINS: browser origins besides PUBLIC_URL's that may call the API and socket.io. */
    corsOrigins: string[];
    /** METRICS_TOKEN: bearer for /metrics and the detailed /health; null: /metrics off, /health minimal. */
    metricsToken: string | null;
  };
  auth: { jwtSecret: string; jwtTtl: string; rateLimit: AuthRateLimits };
  mediasoup: {
    workers: number;
    workerBin: string | null;
    listenIp: string;
    announcedIp: string | null;
    minPort: number;
    maxPort: number;
  };
  live: {
    maxConsumersPerRouter: number;
    chatMaxPer10s: number;
    abandonAfterMs: number;
    /** An empty room (no publisher) closes this long after its last peer left. */
    roomIdleMs: number;
    /** Scheduled + live sessions per booth. */
    maxSessionsPerBooth: number;
    /** A scheduled session that never started ends this long after its scheduled time (or creation). */
    scheduledExpiryMs: number;
    /** Socket events per socket, per logged-in user, per IP (anonymous sockets). */
    eventRate: { socket: RateLimit; user: RateLimit; ip: RateLimit };
    /** Like taps per user per room. */
    likeRate: RateLimit;
    maxSocketsPerUser: number;
    maxSocketsPerIp: number;
  };
  /**
   * Per-peer caps, the ports each worker keeps for publishers, the silence after which an ingest
   * that was sending is released, and how long one whose encoder never sent a packet is kept.
   */
  liveMedia: {
    maxSendTransports: number;
    maxRecvTransports: number;
    maxTracksPerKind: number;
    reservedPorts: number;
    ingestSilenceMs: number;
    ingestStartMs: number;
  };
  /** ICE_SERVERS split by kind; TURN credentials are minted per user from `turnSecret` (coturn's use-auth-secret). */
  ice: { stunUrls: string[]; turnUrls: string[]; turnSecret: string | null; turnTtlMs: number };
  /** Where uploaded files live (the local-disk ObjectStorage): UPLOADS_DIR, by default DATA_DIR/uploads. */
  storage: { dir: string };
  /** Per-enterprise bounds of the catalog and its image uploads, and the per-user upload rate. */
  catalog: {
    maxProducts: number;
    maxImages: number;
    maxImageBytes: number;
    uploadsPerMinute: number;
    uploadsPerMinutePerIp: number;
    /** Images an organizer keeps (expo covers); an enterprise's bound is maxImages. */
    maxOrganizerImages: number;
  };
  /** What one organizer's expos may hold (EXPO_MAX_*): docs/expo.md lists them. */
  expo: {
    maxPerOrganizer: number;
    maxHalls: number;
    maxSlotsPerHall: number;
    maxCategories: number;
    maxAnnouncementsPerDay: number;
    maxParallelSessionsPerHall: number;
  };
  /** Bounds of an export-catalog import: file size, data rows, uploads per user per hour. */
  catalogImport: {
    maxFileBytes: number;
    maxRows: number;
    uploadsPerHour: number;
    uploadsPerHourPerIp: number;
    /** How long an upload (file, preview, bad rows, record) is kept (IMPORT_RETENTION_HOURS). */
    retentionMs: number;
  };
  /** Bounds on what one buyer can create (ORDERS_MAX_OPEN_PER_BUYER, ORDERS_MAX_PER_MINUTE). */
  orders: { maxOpenPerBuyer: number; maxPerMinute: number };
  /** Flash deals: pay time of their orders, per-user buy rate, each process's writer queue bound, sweep period. */
  deals: { payMs: number; buyRate: RateLimit; queueMax: number; sweepMs: number };
  /** Booth inquiries per buyer per day, overall and per booth; card-exchange requests per user per day. */
  leads: { maxPerBuyerPerDay: number; maxPerBoothPerDay: number; cardRequestsPerDay: number };
  /** Analytics ingest bounds: batch size, per-visitor and per-IP event rates (a minute), oldest accepted event. */
  analytics: { maxBatch: number; visitorPerMinute: number; ipPerMinute: number; maxEventAgeMs: number };
  queue: { prefix: string };
  /** Bounds of booth profiles, favourites and search (BOOTH_MAX_FAVOURITES, BOOTH_EDITS_PER_MINUTE, BOOTH_SEARCHES_PER_MINUTE). */
  booths: { maxFavourites: number; editsPerMinute: number; searchesPerMinute: number };
  /** Bounds of matching: open and daily demands per buyer, rows per onboarding file, suppliers per organizer. */
  matching: {
    maxOpenDemandsPerBuyer: number;
    demandsPerBuyerPerDay: number;
    importMaxRows: number;
    maxSuppliersPerOrganizer: number;
    /** WEBHOOK_ALLOW_PRIVATE: campaign webhooks may reach loopback, private and link-local addresses. */
    webhookAllowPrivate: boolean;
  };
  /** Private video meetings: bounds, slot lengths, how far ahead, when the room opens and closes around a slot. */
  meetings: {
    maxPerBuyerPerDay: number;
    maxOpenPerPair: number;
    maxPendingPerEnterprise: number;
    minMs: number;
    maxMs: number;
    maxAheadMs: number;
    roomEarlyMs: number;
    roomGraceMs: number;
  };
  demoData: boolean;
  /** The demo accounts' password (DEMO_PASSWORD, or generated into DATA_DIR/demo-password); null without demo data. */
  demoPassword: string | null;
  logLevel: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
