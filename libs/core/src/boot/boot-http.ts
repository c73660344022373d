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
  const address = app.getHttpServer().address() as { port: number };
  const host = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  const url = config.http.publicUrl ?? `http://${host}:${address.port}`;
  return { app, url };
}
