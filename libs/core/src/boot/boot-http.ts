import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '../config/app-config';
import { configureHttpApp } from '../http/configure-http-app';

export interface HttpProcessOptions {
  title: string;
  webRoot?: string | null;
  /** Called before listen, e.g. to install the socket.io Redis adapter. */
  beforeListen?: (app: INestApplication) => Promise<void> | void;
  /** Port override (tests use 0 for a free port). */
  port?: number;
  /** Close gracefully and exit 0 on SIGINT/SIGTERM (default true; in-process tests pass false). */
  handleSignals?: boolean;
}

const FORCE_EXIT_MS = 10_000;

/** Ctrl+C or a deployer's SIGTERM: finish requests, close rooms, queues and the database, exit 0. */
function closeOnSignals(app: INestApplication): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`${signal} received, shutting down\n`);
    setTimeout(() => process.exit(1), FORCE_EXIT_MS).unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`Shutdown failed: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

/** Creates, configures and starts one HTTP process; returns the app and its URL. */
export async function bootHttpProcess(
  root: DynamicModule,
  config: AppConfig,
  options: HttpProcessOptions,
): Promise<{ app: INestApplication; url: string }> {
  const app = await NestFactory.create<NestExpressApplication>(root, { bufferLogs: true, bodyParser: false });
  configureHttpApp(app, { title: options.title, webRoot: options.webRoot });
  await options.beforeListen?.(app);
  await app.listen(options.port ?? config.http.port, config.http.host);
  if (options.handleSignals ?? true) closeOnSignals(app);
  const address = app.getHttpServer().address() as { port: number };
  const host = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  const url = config.http.publicUrl ?? `http://${host}:${address.port}`;
  return { app, url };
}
