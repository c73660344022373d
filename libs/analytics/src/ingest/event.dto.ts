import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLIENT_EVENT_TYPES, ClientEventType } from '@livefair/protocol';
import { ArrayMinSize, IsArray, IsBoolean, IsIn, IsISO8601, IsObject, IsOptional, IsUUID, ValidateIf } from 'class-validator';

const BOOTH_EVENTS: ClientEventType[] = ['booth.enter', 'booth.leave', 'heartbeat', 'product.view', 'live.watch'];

/** One event of a batch; validated one by one so that a bad event rejects only itself. */
export class AnalyticsEventDto {
  @ApiProperty({ format: 'uuid', description: 'Client-generated id; a replay with the same id is stored once' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: CLIENT_EVENT_TYPES })
  @IsIn(CLIENT_EVENT_TYPES)
  type!: ClientEventType;

  @ApiProperty({
    example: '2026-12-01T08:00:00.000Z',
    description: 'Client time, ISO 8601 with zone; clamped to the receive time',
  })
  @IsISO8601({ strict: true })
  occurredAt!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required on booth.enter, booth.leave, heartbeat, product.view, live.watch',
  })
  @ValidateIf((e: AnalyticsEventDto) => BOOTH_EVENTS.includes(e.type) || e.boothId !== undefined)
  @IsUUID()
  boothId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One visit at one booth; required wherever boothId is' })
  @ValidateIf((e: AnalyticsEventDto) => BOOTH_EVENTS.includes(e.type) || e.visitId !== undefined)
  @IsUUID()
  visitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required on product.view' })
  @ValidateIf((e: AnalyticsEventDto) => e.type === 'product.view' || e.productId !== undefined)
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The live session, on live.watch' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required on hall.enter' })
  @ValidateIf((e: AnalyticsEventDto) => e.type === 'hall.enter' || e.expoId !== undefined)
  @IsUUID()
  expoId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The hall entered (hall.enter); absent: the expo lobby' })
  @IsOptional()
  @IsUUID()
  hallId?: string;

  @ApiPropertyOptional({ description: "On a heartbeat: the booth's live stream is on screen (15 s of watch time)" })
  @IsOptional()
  @IsBoolean()
  watching?: boolean;
}

export class AnalyticsBatchDto {
  @ApiProperty({ format: 'uuid', description: 'The browser\'s random visitor id (localStorage "livefair.visitorId")' })
  @IsUUID('4')
  visitorId!: string;

  @ApiProperty({
    type: [AnalyticsEventDto],
    description: 'At most ANALYTICS_MAX_BATCH (100) events; each is validated on its own',
  })
  @IsArray()
  @ArrayMinSize(1)
  @IsObject({ each: true })
  events!: Record<string, unknown>[];
}
