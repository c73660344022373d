import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { httpLogOptions } from './http-log-fields';

/** Structured JSON logs (pino) with a request id on every HTTP log line. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: httpLogOptions(config.logLevel) })],
    };
  }
}
