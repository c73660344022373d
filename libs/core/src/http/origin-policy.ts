import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config';

/**
 * Which browser origins may talk to this server across origins: the page's own origin (the
 * request's Host), PUBLIC_URL's, and CORS_ORIGINS. Requests without an Origin header are not
 * from a page (OBS, ffmpeg, native and server clients) and are not a browser's cross-site
 * request, so they pass; tokens, not cookies, authenticate them.
 */
export class OriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(origins: Iterable<string>) {
    this.allowed = new Set(origins);
  }

  static fromConfig(config: AppConfig): OriginPolicy {
    const origins = [...config.http.corsOrigins];
    if (config.http.publicUrl) origins.push(new URL(config.http.publicUrl).origin);
    return new OriginPolicy(origins);
  }

  /** The configured origins (not the per-request same origin), e.g. for CSP connect-src. */
  get configured(): string[] {
    return [...this.allowed];
  }

  allows(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined) return true;
    if (this.allowed.has(origin)) return true;
    try {
      return host !== undefined && new URL(origin).host === host;
    } catch {
      return false;
    }
  }

  allowsRequest(req: IncomingMessage): boolean {
    return this.allows(req.headers.origin, req.headers.host);
  }
}

/** The policy of each HTTP server (an app sets its own at configure time; tests run several apps in one process). */
const policies = new WeakMap<object, OriginPolicy>();
const SAME_ORIGIN_ONLY = new OriginPolicy([]);

export function registerOriginPolicy(httpServer: object, policy: OriginPolicy): void {
  policies.set(httpServer, policy);
}

function policyOf(req: IncomingMessage): OriginPolicy {
  const server = (req.socket as { server?: object } | undefined)?.server;
  return (server && policies.get(server)) ?? SAME_ORIGIN_ONLY;
}

/**
 * socket.io's `allowRequest`: refuses a handshake (polling and WebSocket alike; a browser applies
 * CORS to neither the WebSocket upgrade nor our check) whose Origin is not allowed.
 */
export function socketOriginCheck(
  req: IncomingMessage,
  callback: (err: string | null | undefined, success: boolean) => void,
): void {
  if (policyOf(req).allowsRequest(req)) callback(null, true);
  else callback('origin not allowed', false);
}

/** socket.io's `cors` option: CORS headers for the allowed origins only (long-polling from another allowed origin). */
export function socketCors(
  req: IncomingMessage,
  callback: (err: Error | null, options: { origin: boolean; credentials: boolean }) => void,
): void {
  callback(null, { origin: policyOf(req).allowsRequest(req), credentials: true });
}
