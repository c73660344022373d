import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { jwtTtlMs } from '../auth/token-revocations';
import { AppConfig, RateLimit } from './app-config';
import { EnvVars } from './env.schema';
import { isWildcardIp, lanAddress } from './lan-address';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Variables whose value is, or may contain, a credential: named in errors, never shown. */
const SECRET_VARIABLES = new Set([
  'DATABASE_URL',
  'REDIS_URL',
  'JWT_SECRET',
  'TURN_USERNAME',
  'TURN_CREDENTIAL',
  'TURN_SECRET',
  'METRICS_TOKEN',
  'DEMO_PASSWORD',
  'ICE_SERVERS',
]);

function knownVariables(): Set<string> {
  return new Set(
    Object.keys(new EnvVars()).concat([
      'DATABASE_URL',
      'REDIS_URL',
      'PUBLIC_URL',
      'JWT_SECRET',
      'MEDIASOUP_WORKER_BIN',
      'DEMO_DATA',
      'DEMO_PASSWORD',
      'CORS_ORIGINS',
      'METRICS_TOKEN',
      'LOG_LEVEL',
      'RTC_ANNOUNCED_IP',
      'ICE_SERVERS',
      'TURN_USERNAME',
      'TURN_CREDENTIAL',
      'TURN_SECRET',
      'UPLOADS_DIR',
    ]),
  );
}

/** `20:60` -> 20 a second, burst 60 (the schema checked the shape). */
function rate(value: string): RateLimit {
  const [perSecond, burst] = value.split(':').map(Number);
  return { perSecond, burst };
}

/** A secret generated once and kept in the data dir (readable by its owner only), so it survives a restart. */
function persistedSecret(dataDir: string, name: string, generate: () => string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = generate();
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Embedded mode's JWT secret: tokens survive a restart. */
const embeddedSecret = (dataDir: string) => persistedSecret(dataDir, 'jwt-secret', () => randomBytes(32).toString('hex'));

/**
 * The demo accounts' password, per install: a published one would open every LAN-facing demo
 * server. 12 characters of base64url (72 bits); printed at start by the all-in-one process.
 */
const demoPassword = (dataDir: string) => persistedSecret(dataDir, 'demo-password', () => randomBytes(9).toString('base64url'));

/** Where the offline worker build caches the mediasoup worker (see infra/mediasoup). */
function cachedWorkerBin(env: NodeJS.ProcessEnv): string | null {
  let version: string;
  try {
    // A plain require: config loads before anything imports mediasoup, and a missing package is not an error here.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    version = (require('mediasoup/package.json') as { version: string }).version;
  } catch {
    return null;
  }
  const cacheDir = env.LIVEFAIR_CACHE_DIR || join(homedir(), '.cache', 'livefair');
  const bin = join(cacheDir, `mediasoup-worker-${version}`, 'mediasoup-worker');
  return existsSync(bin) ? bin : null;
}

/**
 * Validates the environment once. Throws ConfigError naming the first bad variable;
 * the entry points print that one line and exit non-zero.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of knownVariables()) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const vars = plainToInstance(EnvVars, raw, { exposeDefaultValues: true });
  const errors = validateSync(vars, { forbidUnknownValues: true });
  if (errors.length > 0) {
    const first = errors[0];
    const problem = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    const message = problem.startsWith(first.property) ? problem : `${first.property} ${problem}`;
    // A rejected value is echoed to help fix a typo, except where it may hold a credential (URLs
    // carry user:password); boot errors end up in logs and CI output.
    const shown = SECRET_VARIABLES.has(first.property) ? '' : ` (got ${JSON.stringify(raw[first.property] ?? null)})`;
    throw new ConfigError(first.property, `Invalid configuration: ${message}${shown}`);
  }
  for (const gone of ['TURN_USERNAME', 'TURN_CREDENTIAL']) {
    if (env[gone]) {
      throw new ConfigError(
        gone,
        `Invalid configuration: ${gone} is no longer read; set TURN_SECRET (coturn's static-auth-secret) and short-lived credentials are minted per user`,
      );
    }
  }
  const iceUrls = vars.ICE_SERVERS ? vars.ICE_SERVERS.split(',') : [];
  const turnUrls = iceUrls.filter((u) => /^turns?:/.test(u));
  if (turnUrls.length > 0 && !vars.TURN_SECRET) {
    throw new ConfigError(
      'TURN_SECRET',
      'Invalid configuration: ICE_SERVERS names TURN servers; set TURN_SECRET to their static-auth-secret',
    );
  }
  if (vars.RTC_MIN_PORT > vars.RTC_MAX_PORT) {
    throw new ConfigError('RTC_MIN_PORT', 'Invalid configuration: RTC_MIN_PORT must not be above RTC_MAX_PORT');
  }
  const workers = vars.MEDIASOUP_WORKERS || cpus().length;
  if (Math.floor((vars.RTC_MAX_PORT - vars.RTC_MIN_PORT + 1) / workers) <= vars.RTC_RESERVED_PORTS) {
    throw new ConfigError(
      'RTC_RESERVED_PORTS',
      'Invalid configuration: RTC_RESERVED_PORTS must be below the ports each mediasoup worker gets (RTC_MIN_PORT..RTC_MAX_PORT split by MEDIASOUP_WORKERS)',
    );
  }
  const production = vars.LIVEFAIR_MODE === 'production';
  const dataDir = resolve(vars.DATA_DIR);
  // Demo accounts only on the embedded database unless asked for: DATABASE_URL may be a real one.
  const demoData = vars.DEMO_DATA ?? (!production && !vars.DATABASE_URL);
  return {
    mode: vars.LIVEFAIR_MODE,
    dataDir,
    database: vars.DATABASE_URL
      ? {
          type: vars.DATABASE_URL.startsWith('mariadb:') ? 'mariadb' : 'mysql',
          url: vars.DATABASE_URL,
          migrate: vars.DATABASE_MIGRATE,
          synchronize: false,
        }
      : {
          type: 'sqljs',
          file: join(dataDir, 'livefair.sqlite'),
          migrate: vars.DATABASE_MIGRATE,
          synchronize: false,
          saveMs: vars.EMBEDDED_SAVE_MS,
        },
    redis: vars.REDIS_URL ? { url: vars.REDIS_URL } : null,
    http: {
      host: vars.HTTP_HOST,
      port: vars.HTTP_PORT,
      publicUrl: vars.PUBLIC_URL ?? null,
      jsonMaxDepth: vars.JSON_MAX_DEPTH,
      trustProxy: vars.TRUST_PROXY,
      corsOrigins: vars.CORS_ORIGINS ? vars.CORS_ORIGINS.split(',') : [],
      metricsToken: vars.METRICS_TOKEN ?? null,
    },
    auth: {
      jwtSecret: vars.JWT_SECRET ?? (production ? '' : embeddedSecret(dataDir)),
      jwtTtl: vars.JWT_TTL,
      rateLimit: {
        windowMs: vars.AUTH_RATE_WINDOW_SECONDS * 1000,
        loginPerIp: vars.AUTH_LOGIN_MAX_PER_IP,
        loginPerAccount: vars.AUTH_LOGIN_MAX_PER_ACCOUNT,
        registerPerIp: vars.AUTH_REGISTER_MAX_PER_IP,
        registerPerAccount: vars.AUTH_REGISTER_MAX_PER_ACCOUNT,
      },
    },
    mediasoup: {
      workers,
      workerBin: vars.MEDIASOUP_WORKER_BIN ?? cachedWorkerBin(env),
      listenIp: vars.RTC_LISTEN_IP,
      announcedIp: vars.RTC_ANNOUNCED_IP ?? (isWildcardIp(vars.RTC_LISTEN_IP) ? (lanAddress() ?? '127.0.0.1') : null),
      minPort: vars.RTC_MIN_PORT,
      maxPort: vars.RTC_MAX_PORT,
    },
    live: {
      maxConsumersPerRouter: vars.LIVE_ROUTER_MAX_CONSUMERS,
      chatMaxPer10s: vars.CHAT_MAX_PER_10S,
      abandonAfterMs: vars.LIVE_ABANDON_SECONDS * 1000,
      roomIdleMs: vars.LIVE_ROOM_IDLE_SECONDS * 1000,
      maxSessionsPerBooth: vars.LIVE_MAX_SESSIONS_PER_BOOTH,
      scheduledExpiryMs: jwtTtlMs(vars.LIVE_SCHEDULED_EXPIRY),
      eventRate: {
        socket: rate(vars.LIVE_SOCKET_EVENT_RATE),
        user: rate(vars.LIVE_USER_EVENT_RATE),
        ip: rate(vars.LIVE_IP_EVENT_RATE),
      },
      likeRate: rate(vars.LIVE_LIKE_RATE),
      maxSocketsPerUser: vars.LIVE_MAX_SOCKETS_PER_USER,
      maxSocketsPerIp: vars.LIVE_MAX_SOCKETS_PER_IP,
    },
    liveMedia: {
      maxSendTransports: vars.LIVE_MAX_SEND_TRANSPORTS,
      maxRecvTransports: vars.LIVE_MAX_RECV_TRANSPORTS,
      maxTracksPerKind: vars.LIVE_MAX_TRACKS_PER_KIND,
      reservedPorts: vars.RTC_RESERVED_PORTS,
      ingestSilenceMs: vars.LIVE_INGEST_SILENCE_SECONDS * 1000,
      ingestStartMs: vars.LIVE_INGEST_START_SECONDS * 1000,
    },
    ice: {
      stunUrls: iceUrls.filter((u) => /^stuns?:/.test(u)),
      turnUrls,
      turnSecret: vars.TURN_SECRET ?? null,
      turnTtlMs: jwtTtlMs(vars.TURN_CREDENTIAL_TTL),
    },
    storage: { dir: vars.UPLOADS_DIR ? resolve(vars.UPLOADS_DIR) : join(dataDir, 'uploads') },
    catalog: {
      maxProducts: vars.CATALOG_MAX_PRODUCTS,
      maxImages: vars.UPLOAD_MAX_IMAGES,
      maxImageBytes: vars.UPLOAD_MAX_MB * 1024 * 1024,
      uploadsPerMinute: vars.UPLOAD_MAX_PER_MINUTE,
      uploadsPerMinutePerIp: vars.UPLOAD_MAX_PER_MINUTE_PER_IP,
      maxOrganizerImages: vars.UPLOAD_MAX_ORGANIZER_IMAGES,
    },
    expo: {
      maxPerOrganizer: vars.EXPO_MAX_PER_ORGANIZER,
      maxHalls: vars.EXPO_MAX_HALLS,
      maxSlotsPerHall: vars.EXPO_MAX_SLOTS_PER_HALL,
      maxCategories: vars.EXPO_MAX_CATEGORIES,
      maxAnnouncementsPerDay: vars.EXPO_MAX_ANNOUNCEMENTS_PER_DAY,
      maxParallelSessionsPerHall: vars.EXPO_MAX_PARALLEL_SESSIONS_PER_HALL,
    },
    catalogImport: {
      maxFileBytes: vars.IMPORT_MAX_MB * 1024 * 1024,
      maxRows: vars.IMPORT_MAX_ROWS,
      uploadsPerHour: vars.IMPORT_MAX_PER_HOUR,
      uploadsPerHourPerIp: vars.IMPORT_MAX_PER_HOUR_PER_IP,
      retentionMs: vars.IMPORT_RETENTION_HOURS * 3_600_000,
    },
    orders: { maxOpenPerBuyer: vars.ORDERS_MAX_OPEN_PER_BUYER, maxPerMinute: vars.ORDERS_MAX_PER_MINUTE },
    deals: {
      payMs: vars.ORDERS_DEAL_PAY_MINUTES * 60_000,
      buyRate: rate(vars.ORDERS_DEAL_BUY_RATE),
      queueMax: vars.ORDERS_DEAL_QUEUE_MAX,
      sweepMs: vars.ORDERS_DEAL_SWEEP_SECONDS * 1000,
    },
    leads: {
      maxPerBuyerPerDay: vars.LEADS_MAX_PER_BUYER_PER_DAY,
      maxPerBoothPerDay: vars.LEADS_MAX_PER_BOOTH_PER_DAY,
      cardRequestsPerDay: vars.CARDS_MAX_REQUESTS_PER_DAY,
    },
    analytics: {
      maxBatch: vars.ANALYTICS_MAX_BATCH,
      visitorPerMinute: vars.ANALYTICS_VISITOR_EVENTS_PER_MINUTE,
      ipPerMinute: vars.ANALYTICS_IP_EVENTS_PER_MINUTE,
      maxEventAgeMs: vars.ANALYTICS_MAX_EVENT_AGE_MINUTES * 60_000,
    },
    queue: { prefix: vars.QUEUE_PREFIX },
    booths: {
      maxFavourites: vars.BOOTH_MAX_FAVOURITES,
      editsPerMinute: vars.BOOTH_EDITS_PER_MINUTE,
      searchesPerMinute: vars.BOOTH_SEARCHES_PER_MINUTE,
    },
    matching: {
      maxOpenDemandsPerBuyer: vars.MATCHING_MAX_OPEN_DEMANDS,
      demandsPerBuyerPerDay: vars.MATCHING_DEMANDS_PER_DAY,
      importMaxRows: vars.MATCHING_IMPORT_MAX_ROWS,
      maxSuppliersPerOrganizer: vars.MATCHING_MAX_SUPPLIERS_PER_ORGANIZER,
      webhookAllowPrivate: vars.WEBHOOK_ALLOW_PRIVATE,
    },
    meetings: {
      maxPerBuyerPerDay: vars.MEETINGS_MAX_PER_BUYER_PER_DAY,
      maxOpenPerPair: vars.MEETINGS_MAX_OPEN_PER_PAIR,
      maxPendingPerEnterprise: vars.MEETINGS_MAX_PENDING_PER_ENTERPRISE,
      minMs: vars.MEETINGS_MIN_MINUTES * 60_000,
      maxMs: Math.max(vars.MEETINGS_MIN_MINUTES, vars.MEETINGS_MAX_MINUTES) * 60_000,
      maxAheadMs: vars.MEETINGS_MAX_DAYS_AHEAD * 86_400_000,
      roomEarlyMs: vars.MEETINGS_ROOM_EARLY_MINUTES * 60_000,
      roomGraceMs: vars.MEETINGS_ROOM_GRACE_MINUTES * 60_000,
    },
    demoData,
    demoPassword: demoData ? (vars.DEMO_PASSWORD ?? demoPassword(dataDir)) : null,
    logLevel: vars.LOG_LEVEL ?? (production ? 'info' : 'warn'),
  };
}
