import type { Options } from 'pino-http';
import { genRequestId } from '../http/request-id';

/**
 * What an HTTP log line says of its request and response. pino-http binds the request to a child
 * logger as each request arrives, and pino serializes bindings there and then, logged or not: the
 * standard serializers' every header (with the authorization and cookie redacted) made each
 * request pay for a JSON string of its headers, and each access line carry the response's
 * security headers (~1.5 KB a line). These keep what an operator reads an access line for; the
 * request id ties it to the answer's `x-request-id` and to the error body's `requestId`.
 */
interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}

export function requestLogFields(req: SerializedRequest): Record<string, unknown> {
  return { id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress };
}

export function responseLogFields(res: { statusCode?: number }): Record<string, unknown> {
  return { statusCode: res.statusCode };
}

/** pino-http's options for every HTTP process: access lines at info (4xx warn, 5xx error), none for /health and /metrics. */
export function httpLogOptions(level: string): Options {
  return {
    level,
    genReqId: genRequestId,
    autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
    // No headers in the lines, so no authorization or cookie to redact.
    serializers: { req: requestLogFields, res: responseLogFields },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  };
}
