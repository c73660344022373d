import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsFQDN,
  IsIn,
  IsInt,
  IsIP,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return value;
};
const isProduction = (o: EnvVars) => o.LIVEFAIR_MODE === 'production';
/** `<per second>:<burst>`, e.g. 20:60. */
const RATE = /^\d+(\.\d+)?:[1-9]\d*$/;

/** Every environment variable the system reads. Documented in README.md ("Configuration"). */
export class EnvVars {
  @IsIn(['embedded', 'production'])
  LIVEFAIR_MODE: 'embedded' | 'production' = 'embedded';

  /** mysql://user:pass@host:3306/db (MySQL) or mariadb://… (MariaDB) — required in production. */
  @ValidateIf((o: EnvVars) => isProduction(o) || o.DATABASE_URL !== undefined)
  @Matches(/^(mysql|mariadb):\/\/[^\s/]+(:\d+)?\/[A-Za-z0-9_$-]+(\?.*)?$/, {
    message: 'DATABASE_URL must look like mysql://user:password@host:3306/database (or mariadb://…)',
  })
  DATABASE_URL?: string;

  /** redis://host:6379/0 — required in production. */
  @ValidateIf((o: EnvVars) => isProduction(o) || o.REDIS_URL !== undefined)
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must look like redis://host:6379/0' })
  REDIS_URL?: string;

  @IsString()
  @MinLength(1)
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  HTTP_PORT = 3000;

  @IsIP()
  HTTP_HOST = '0.0.0.0';

  /** Base URL users open; printed at start. Defaults to http://localhost:HTTP_PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** More browser origins (comma-separated) whose pages may call the API and socket.io, beside PUBLIC_URL's. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,/]+(,https?:\/\/[^\s,/]+)*$/, {
    message: 'CORS_ORIGINS must be comma-separated origins like https://expo.example.cn',
  })
  CORS_ORIGINS?: string;

  /** Bearer token for /metrics and the detailed /health body; unset: /metrics is off, /health says only up or down. */
  @IsOptional()
  @IsString()
  @Length(16, 256, { message: 'METRICS_TOKEN must be 16 to 256 characters' })
  METRICS_TOKEN?: string;

  @ValidateIf((o: EnvVars) => isProduction(o) || o.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Matches(/^\d+[smhd]$/, { message: 'JWT_TTL must look like 30m, 12h or 7d' })
  JWT_TTL = '12h';

  @Transform(toInt)
  @IsInt()
  @Min(0, { message: 'MEDIASOUP_WORKERS must be 0 (one per core) or more' })
  @Max(64)
  MEDIASOUP_WORKERS = 0;

  @IsOptional()
  @IsString()
  MEDIASOUP_WORKER_BIN?: string;

  @IsIP()
  RTC_LISTEN_IP = '0.0.0.0';

  /** The IP or host name viewers reach the SFU at (public IP behind NAT). */
  @IsOptional()
  @ValidateIf((o: EnvVars) => o.RTC_ANNOUNCED_IP !== undefined && !/^[\d.:a-fA-F]+$/.test(o.RTC_ANNOUNCED_IP))
  @IsFQDN({ require_tld: false }, { message: 'RTC_ANNOUNCED_IP must be an IP address or a host name' })
  RTC_ANNOUNCED_IP?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  RTC_MIN_PORT = 40000;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  RTC_MAX_PORT = 49999;

  /** Comma-separated stun:/turn:/turns: URLs handed to browsers. */
  @IsOptional()
  @Matches(/^(stuns?|turns?):[^\s,]+(,(stuns?|turns?):[^\s,]+)*$/, {
    message: 'ICE_SERVERS must be comma-separated stun:, turn: or turns: URLs',
  })
  ICE_SERVERS?: string;

  /** coturn's static-auth-secret (use-auth-secret): TURN credentials are minted per user from it, never static. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'TURN_SECRET must be at least 16 characters' })
  @MaxLength(256)
  TURN_SECRET?: string;

  /** How long a minted TURN credential is valid (a viewer gets fresh ones at every join). */
  @Matches(/^\d+[smhd]$/, { message: 'TURN_CREDENTIAL_TTL must look like 30m, 12h or 1d' })
  TURN_CREDENTIAL_TTL = '12h';

  /**
   * Load the demo expo at start (all-in-one only). Defaults to on only for the embedded database:
   * a database given by DATABASE_URL gets demo accounts only when asked for explicitly.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  DEMO_DATA?: boolean;

  /** The demo accounts' password; unset: generated once per data directory (DATA_DIR/demo-password). */
  @IsOptional()
  @IsString()
  @Length(8, 256, { message: 'DEMO_PASSWORD must be 8 to 256 characters' })
  DEMO_PASSWORD?: string;

  @Transform(toBool)
  @IsBoolean()
  DATABASE_MIGRATE = true;

  /** Embedded database: longest a committed write waits to be saved to the file (0: before it is acknowledged). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  EMBEDDED_SAVE_MS = 1000;

  /** Consumers one mediasoup router takes before new viewers go to a router on another worker. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LIVE_ROUTER_MAX_CONSUMERS = 400;

  /** A live session whose media stopped ends by itself after this many seconds without a publisher. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  LIVE_ABANDON_SECONDS = 600;

  /** A room without a publisher closes this many seconds after its last peer left (a studio reload finds it still there). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LIVE_ROOM_IDLE_SECONDS = 60;

  /** Live sessions one booth may have scheduled or live at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LIVE_MAX_SESSIONS_PER_BOOTH = 20;

  /** A scheduled session that never started ends this long after its scheduled time (or creation). */
  @Matches(/^\d+[smhd]$/, { message: 'LIVE_SCHEDULED_EXPIRY must look like 30m, 24h or 7d' })
  LIVE_SCHEDULED_EXPIRY = '24h';

  /** Socket events (any request) one socket may send: `<per second>:<burst>`. */
  @Matches(RATE, { message: 'LIVE_SOCKET_EVENT_RATE must look like 20:60 (events per second : burst)' })
  LIVE_SOCKET_EVENT_RATE = '20:60';

  /** Socket events one logged-in user may send over all their sockets. */
  @Matches(RATE, { message: 'LIVE_USER_EVENT_RATE must look like 40:120 (events per second : burst)' })
  LIVE_USER_EVENT_RATE = '40:120';

  /** Socket events the anonymous sockets of one IP address may send together. */
  @Matches(RATE, { message: 'LIVE_IP_EVENT_RATE must look like 200:600 (events per second : burst)' })
  LIVE_IP_EVENT_RATE = '200:600';

  /** Like taps one user may add in a room. */
  @Matches(RATE, { message: 'LIVE_LIKE_RATE must look like 10:100 (taps per second : burst)' })
  LIVE_LIKE_RATE = '10:100';

  /** Open /live sockets per logged-in user (per live process). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LIVE_MAX_SOCKETS_PER_USER = 20;

  /** Open /live sockets per IP address, logged in or not (per live process). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LIVE_MAX_SOCKETS_PER_IP = 200;

  /** Chat messages one user may send per 10 seconds in a room. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  CHAT_MAX_PER_10S = 5;

  // live media: what one peer may hold, ports kept for publishers, when a silent ingest is released
  @Transform(toInt) @IsInt() @Min(1) @Max(8) LIVE_MAX_SEND_TRANSPORTS = 1;
  @Transform(toInt) @IsInt() @Min(1) @Max(8) LIVE_MAX_RECV_TRANSPORTS = 2;
  @Transform(toInt) @IsInt() @Min(1) @Max(4) LIVE_MAX_TRACKS_PER_KIND = 1;
  @Transform(toInt) @IsInt() @Min(0) RTC_RESERVED_PORTS = 20;
  @Transform(toInt) @IsInt() @Min(2) @Max(600) LIVE_INGEST_SILENCE_SECONDS = 10;
  /** An ingest whose encoder never sent a packet is released this long after it was opened. */
  @Transform(toInt) @IsInt() @Min(2) @Max(600) LIVE_INGEST_START_SECONDS = 30;

  /** Open orders (placed or confirmed, not yet paid) one buyer may have at once (409 OPEN_ORDERS_LIMIT past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  ORDERS_MAX_OPEN_PER_BUYER = 20;

  /** Orders one user may place per minute, over all API processes (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  ORDERS_MAX_PER_MINUTE = 10;
  /** A flash-deal order unpaid this many minutes after it was confirmed expires; its units go back to the deal (or the SKU). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  ORDERS_DEAL_PAY_MINUTES = 15;

  /** Flash-deal buy attempts one user may make (per process): `<per second>:<burst>`. */
  @Matches(RATE, { message: 'ORDERS_DEAL_BUY_RATE must look like 5:10 (attempts per second : burst)' })
  ORDERS_DEAL_BUY_RATE = '5:10';

  /** Flash-deal reservations one process may have waiting for MySQL before it answers 503 DEAL_BUSY. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  ORDERS_DEAL_QUEUE_MAX = 20000;

  /** How often each process sweeps flash deals (ends, expiry, Redis reconciliation). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600)
  ORDERS_DEAL_SWEEP_SECONDS = 10;

  /** Booth inquiries (leads) one buyer may leave in 24 hours, over all booths (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  LEADS_MAX_PER_BUYER_PER_DAY = 30;

  /** Booth inquiries one buyer may leave at one booth in 24 hours (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000)
  LEADS_MAX_PER_BOOTH_PER_DAY = 3;

  /** Business-card exchange requests one user may send in 24 hours (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  CARDS_MAX_REQUESTS_PER_DAY = 50;

  /** Analytics: events one POST /api/analytics/events may carry (413 ANALYTICS_BATCH_TOO_LARGE past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  ANALYTICS_MAX_BATCH = 100;

  /** Analytics events one visitorId may send per minute, over all API processes (EVENT_RATE_LIMITED per event past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ANALYTICS_VISITOR_EVENTS_PER_MINUTE = 600;

  /** Analytics events one client IP may send per minute (429 RATE_LIMITED for the whole batch past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ANALYTICS_IP_EVENTS_PER_MINUTE = 20_000;

  /** An analytics event whose occurredAt is more than this many minutes before its receipt is rejected (EVENT_TOO_OLD). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  ANALYTICS_MAX_EVENT_AGE_MINUTES = 60;

  /** Defaults to info in production, warn in embedded mode (keeps the console readable). */
  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  /** Login and registration attempts are counted per window of this many seconds (429 RATE_LIMITED past a limit). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  AUTH_RATE_WINDOW_SECONDS = 60;

  /** Login attempts per client IP per window (high enough for a venue's buyers behind one NAT). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_LOGIN_MAX_PER_IP = 100;

  /** Login attempts per account (email) per window, from any number of IPs. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_LOGIN_MAX_PER_ACCOUNT = 10;

  /** Registration attempts per client IP per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_REGISTER_MAX_PER_IP = 60;

  /** Registration attempts per email per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_REGISTER_MAX_PER_ACCOUNT = 5;

  /**
   * Reverse-proxy hops in front of the HTTP processes whose X-Forwarded-For is trusted for the
   * client IP (express's `trust proxy`). 0: the connection's address is the client's.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY = 0;

  /** Deepest nesting of objects/arrays accepted in a JSON body or socket payload (400 JSON_TOO_DEEP beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(512)
  JSON_MAX_DEPTH = 32;

  /** Uploaded files (product images) of the local-disk storage; unset: DATA_DIR/uploads. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  UPLOADS_DIR?: string;

  /** Products one enterprise may have in its catalog, in any status (409 PRODUCT_LIMIT_REACHED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  CATALOG_MAX_PRODUCTS = 2000;

  /** Images one enterprise may keep uploaded (409 IMAGE_COUNT_LIMIT past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  UPLOAD_MAX_IMAGES = 2000;

  /** Megabytes of images one enterprise may keep uploaded (409 IMAGE_BYTES_LIMIT past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  UPLOAD_MAX_MB = 1024;

  /** Image uploads one user may make per minute (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  UPLOAD_MAX_PER_MINUTE = 30;

  /** Image uploads from one IP address per minute, all users together (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  UPLOAD_MAX_PER_MINUTE_PER_IP = 60;

  /** Images one organizer may keep uploaded (expo covers; 409 IMAGE_COUNT_LIMIT past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  UPLOAD_MAX_ORGANIZER_IMAGES = 100;

  /** Expos one organizer may have, closed ones included (409 EXPO_LIMIT_REACHED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPO_MAX_PER_ORGANIZER = 50;

  /** Halls one expo may have (409 HALL_LIMIT_REACHED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPO_MAX_HALLS = 40;

  /** Booth slots one hall map may have (409 SLOT_LIMIT_REACHED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPO_MAX_SLOTS_PER_HALL = 600;

  /** Categories one expo's tree may have (409 CATEGORY_LIMIT_REACHED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPO_MAX_CATEGORIES = 3000;

  /** Announcements one expo may publish per UTC day (429 ANNOUNCEMENT_LIMIT_REACHED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPO_MAX_ANNOUNCEMENTS_PER_DAY = 20;

  /** Scheduled live sessions that may overlap in one hall (409 SESSION_HALL_FULL past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPO_MAX_PARALLEL_SESSIONS_PER_HALL = 6;

  /** Largest export-catalog file (XLSX or CSV) an exhibitor may upload, megabytes (413 IMPORT_FILE_TOO_LARGE past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  IMPORT_MAX_MB = 20;

  /** Data rows one export catalog may have (400 IMPORT_TOO_MANY_ROWS past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500_000)
  IMPORT_MAX_ROWS = 50_000;

  /** Export-catalog uploads one user may make per hour (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_PER_HOUR = 30;

  /** Export-catalog uploads one client IP may make per hour, all users together (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_PER_HOUR_PER_IP = 60;

  /** Hours an uploaded catalog (file, preview, bad rows and the import record) is kept after its upload. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  IMPORT_RETENTION_HOURS = 168;

  @IsString()
  @Matches(/^[a-z0-9:_-]{1,32}$/, { message: 'QUEUE_PREFIX must be 1-32 of a-z 0-9 : _ -' })
  QUEUE_PREFIX = 'livefair';

  /** Booths one buyer may keep as favourites (409 FAVOURITE_LIMIT_REACHED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  BOOTH_MAX_FAVOURITES = 500;

  /** Booth and enterprise profile edits, and favourite changes, one user may make per minute (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  BOOTH_EDITS_PER_MINUTE = 60;

  /** Booth and product searches per minute, per user when logged in, else per address (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  BOOTH_SEARCHES_PER_MINUTE = 120;

  /** Open purchase needs one buyer may have (409 DEMAND_OPEN_LIMIT past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MATCHING_MAX_OPEN_DEMANDS = 20;

  /** Purchase needs one buyer may post in 24 hours (429 RATE_LIMITED past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MATCHING_DEMANDS_PER_DAY = 50;

  /** Suppliers in one onboarding file (413 ONBOARDING_TOO_LARGE past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MATCHING_IMPORT_MAX_ROWS = 2000;

  /** Suppliers one organizer may have onboarded (409 ONBOARDING_SUPPLIER_LIMIT past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MATCHING_MAX_SUPPLIERS_PER_ORGANIZER = 20000;

  /** Campaign webhooks may go to loopback, private and link-local addresses (off: refused; docs/matching.md). */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE = false;

  /** Meeting requests one buyer may send in 24 hours (429 RATE_LIMITED past it; docs/meetings.md). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000)
  MEETINGS_MAX_PER_BUYER_PER_DAY = 10;

  /** Meetings one buyer may have proposed or accepted (not yet over) with one enterprise (409 MEETING_LIMIT). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  MEETINGS_MAX_OPEN_PER_PAIR = 2;

  /** Proposals an enterprise may have waiting for its answer (409 MEETING_LIMIT past it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  MEETINGS_MAX_PENDING_PER_ENTERPRISE = 200;

  /** A meeting slot's shortest and longest length in minutes (422 MEETING_SLOT_TOO_SHORT / _TOO_LONG). */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(240)
  MEETINGS_MIN_MINUTES = 15;

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(480)
  MEETINGS_MAX_MINUTES = 120;

  /** How many days ahead a slot may start (422 MEETING_SLOT_TOO_FAR). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  MEETINGS_MAX_DAYS_AHEAD = 60;

  /** The meeting room opens this many minutes before the slot and closes this many after its end. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  MEETINGS_ROOM_EARLY_MINUTES = 10;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120)
  MEETINGS_ROOM_GRACE_MINUTES = 15;
}
