import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AppInfo } from '@livefair/protocol';
import { Public } from '../auth/decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';

@ApiTags('operations')
@Controller('api/info')
export class InfoController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Public()
  info(): AppInfo {
    return { name: 'LiveFair', version: '0.1.0', mode: this.config.mode };
  }
}
