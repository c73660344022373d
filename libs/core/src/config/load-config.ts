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
  constructor(readonly variable: string, message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function knownVariables(): Set<string> {
  return new Set(Object.keys(new EnvVars()).concat(['DATABASE_URL', 'REDIS_URL', 'PUBLIC_URL', 'JWT_SECRET',
    'MEDIASOUP_WORKER_BIN', 'DEMO_DATA', 'LOG_LEVEL', 'RTC_ANNOUNCED_IP', 'ICE_SERVERS', 'TURN_USERNAME', 'TURN_CREDENTIAL']));
}

/** `20:60` -> 20 a second, burst 60 (the schema checked the shape). */
function rate(value: string): RateLimit {
  const [perSecond, burst] = value.split(':').map(Number);
  return { perSecond, burst };
}

/** Embedded mode keeps a generated secret in the data dir so tokens survive a restart. */
function embeddedSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Where the offline worker build caches the mediasoup worker (see infra/mediasoup). */
function cachedWorkerBin(env: NodeJS.ProcessEnv): string | null {
  let version: string;
  try {
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
    const shown = first.property === 'JWT_SECRET' ? '' : ` (got ${JSON.stringify(raw[first.property] ?? null)})`;
    throw new ConfigError(first.property, `Invalid configuration: ${message}${shown}`);
  }
  if (vars.RTC_MIN_PORT > vars.RTC_MAX_PORT) {
    throw new ConfigError('RTC_MIN_PORT', 'Invalid configuration: RTC_MIN_PORT must not be above RTC_MAX_PORT');
  }
  const workers = vars.MEDIASOUP_WORKERS || cpus().length;
  if (Math.floor((vars.RTC_MAX_PORT - vars.RTC_MIN_PORT + 1) / workers) <= vars.RTC_RESERVED_PORTS) {
    throw new ConfigError('RTC_RESERVED_PORTS', 'Invalid configuration: RTC_RESERVED_PORTS must be below the ports each mediasoup worker gets (RTC_MIN_PORT..RTC_MAX_PORT split by MEDIASOUP_WORKERS)');
  }
  const production = vars.LIVEFAIR_MODE === 'production';
  const dataDir = resolve(vars.DATA_DIR);
  return {
    mode: vars.LIVEFAIR_MODE,
    dataDir,
    database: vars.DATABASE_URL
      ? { type: vars.DATABASE_URL.startsWith('mariadb:') ? 'mariadb' : 'mysql', url: vars.DATABASE_URL, migrate: vars.DATABASE_MIGRATE, synchronize: false }
      : { type: 'sqljs', file: join(dataDir, 'livefair.sqlite'), migrate: vars.DATABASE_MIGRATE, synchronize: false, saveMs: vars.EMBEDDED_SAVE_MS },
    redis: vars.REDIS_URL ? { url: vars.REDIS_URL } : null,
    http: { host: vars.HTTP_HOST, port: vars.HTTP_PORT, publicUrl: vars.PUBLIC_URL ?? null, jsonMaxDepth: vars.JSON_MAX_DEPTH, trustProxy: vars.TRUST_PROXY },
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
      eventRate: { socket: rate(vars.LIVE_SOCKET_EVENT_RATE), user: rate(vars.LIVE_USER_EVENT_RATE), ip: rate(vars.LIVE_IP_EVENT_RATE) },
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
    },
    ice: {
      urls: vars.ICE_SERVERS ? vars.ICE_SERVERS.split(',') : [],
      username: vars.TURN_USERNAME ?? null,
      credential: vars.TURN_CREDENTIAL ?? null,
    },
    queue: { prefix: vars.QUEUE_PREFIX },
    demoData: vars.DEMO_DATA ?? !production,
    logLevel: vars.LOG_LEVEL ?? (production ? 'info' : 'warn'),
  };
}
