export type Mode = 'embedded' | 'production';

export type DatabaseConfig =
  | { type: 'mysql' | 'mariadb'; url: string; migrate: boolean; synchronize: boolean }
  | { type: 'sqljs'; file: string | null; migrate: boolean; synchronize: boolean };

/** The typed configuration every module reads. Built once at boot by `loadConfig`. */
export interface AppConfig {
  mode: Mode;
  dataDir: string;
  database: DatabaseConfig;
  redis: { url: string } | null;
  http: { host: string; port: number; publicUrl: string | null };
  auth: { jwtSecret: string; jwtTtl: string };
  mediasoup: {
    workers: number;
    workerBin: string | null;
    listenIp: string;
    announcedIp: string | null;
    minPort: number;
    maxPort: number;
  };
  live: { maxConsumersPerRouter: number; chatMaxPer10s: number; abandonAfterMs: number };
  /** Per-peer caps, the ports each worker keeps for publishers, the silence after which an ingest is released. */
  liveMedia: { maxSendTransports: number; maxRecvTransports: number; maxTracksPerKind: number; reservedPorts: number; ingestSilenceMs: number };
  ice: { urls: string[]; username: string | null; credential: string | null };
  queue: { prefix: string };
  demoData: boolean;
  logLevel: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
