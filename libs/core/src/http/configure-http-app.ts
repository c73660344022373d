import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import { json, NextFunction, Request, Response, static as serveStatic, text } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { classifyError } from '../errors/error-body';
import { DomainError } from '../errors/domain-error';
import { assertJsonDepth } from '../errors/json-depth';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Logger as PinoLogger } from 'nestjs-pino';
// nestjs-pino's request context (each request's logger); not in its index.
import { storage as pinoRequestStorage } from 'nestjs-pino/storage';
import { AsyncScopes } from '../concurrency/async-scopes';
import { HttpErrorFilter } from '../errors/http-exception.filter';
import { createValidationPipe } from '../errors/validation';
import { OriginPolicy, registerOriginPolicy } from './origin-policy';
import { securityHeaders } from './security-headers';

export interface HttpAppOptions {
  /** Folder of the built web UI (dist/web); served with an SPA fallback when present. */
  webRoot?: string | null;
  title: string;
}

const NON_SPA = /^\/(api|health|metrics|socket\.io|whip|live)(\/|$)/;
const INGEST = /^\/ingest(\/|$)/;
/** Paths the server's handlers answer (API, sockets, WHIP, ingest): never files, never cached. */
const isServerPath = (path: string) => NON_SPA.test(path) || INGEST.test(path);

/**
 * JSON bodies up to 256 KiB; parse failures become coded domain errors, not Nest's generic 400.
 * Nesting is bounded here, before any route's validation runs (it recurses per level).
 */
function jsonBody(maxDepth: number) {
  const parse = json({ limit: '256kb' });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (err?: unknown) => {
      if (err) {
        const { body } = classifyError(err);
        return next(new DomainError(body.code, body.message));
      }
      try {
        assertJsonDepth(req.body, maxDepth);
      } catch (depthError) {
        return next(depthError);
      }
      next();
    });
}

/** Applies what every HTTP process shares: logger, validation, error filter, OpenAPI, the web UI. */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions): void {
  const express = app as NestExpressApplication;
  const config = app.get<AppConfig>(APP_CONFIG);
  // Each request's logger travels in an AsyncLocalStorage (nestjs-pino's): its scope is open from
  // here, ahead of the logger's middleware, until the response is done (AsyncScopes switches the
  // storages off when no request or transaction is open).
  AsyncScopes.register(pinoRequestStorage);
  express.use((_req: Request, res: Response, next: NextFunction) => {
    res.once('close', AsyncScopes.enter());
    next();
  });
  const origins = OriginPolicy.fromConfig(config);
  registerOriginPolicy(express.getHttpServer(), origins);
  express.use(securityHeaders(origins));
  // API answers carry tokens, stream keys and per-user data: no browser or proxy keeps them
  // (a handler may still set its own Cache-Control). Static files set theirs below.
  express.use((req: Request, res: Response, next: NextFunction) => {
    if (isServerPath(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Pages of other origins may call the API only when configured (PUBLIC_URL, CORS_ORIGINS);
  // the web UI itself is same-origin and needs no CORS.
  if (origins.configured.length > 0) express.enableCors({ origin: origins.configured, credentials: true });
  express.useLogger(app.get(PinoLogger));
  // gzip for clients that ask: the web UI is ~1.5 MB of JavaScript, ~0.45 MB compressed, which a
  // buyer on a phone network waits for before the watch page can show the stream.
  express.use(compression());
  express.use(jsonBody(config.http.jsonMaxDepth));
  // WHIP offers (RFC 9725) arrive as application/sdp.
  express.use(text({ type: 'application/sdp', limit: '64kb' }));
  express.useGlobalPipes(createValidationPipe());
  express.useGlobalFilters(new HttpErrorFilter());
  express.disable('x-powered-by');
  // No ETag on handlers' answers: API answers are no-store, so no client revalidates them, and hashing
  // every body costs the hot endpoints (analytics ingest) for nothing. Static files keep theirs.
  express.set('etag', false);
  // Off by default: X-Forwarded-For is whatever the client wrote unless a proxy we run replaced it.
  if (config.http.trustProxy > 0) express.set('trust proxy', config.http.trustProxy);

  const doc = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription('LiveFair HTTP API. Errors are `{ code, message, requestId }`; money is integer fen; times are UTC.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });

  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    // Hashed bundle names never change content: cache them for a year; everything else revalidates.
    const files = serveStatic(webRoot, {
      index: false,
      setHeaders: (res, file) =>
        res.setHeader('Cache-Control', file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    // API, socket and ingest paths are never files: without this every GET of the API cost a
    // stat() of the web folder (on libuv's thread pool) before its handler ran.
    express.use((req: Request, res: Response, next: NextFunction) => (isServerPath(req.path) ? next() : files(req, res, next)));
    express.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || isServerPath(req.path) || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webRoot, 'index.html'));
    });
  }
}
