import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LEAD_LIMITS, LEAD_STATUSES, type LeadStatus } from '@livefair/protocol';
import { IsText, Trim } from './text-rules';

export class LeadListQueryDto {
  @ApiPropertyOptional({ enum: LEAD_STATUSES })
  @IsOptional()
  @IsIn(LEAD_STATUSES)
  status?: LeadStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only leads left at this booth' })
  @IsOptional()
  @IsUUID('all', { message: 'boothId must be an id' })
  boothId?: string;

  @ApiPropertyOptional({ description: 'Left at or after this instant (ISO-8601, e.g. 2026-12-01T00:00:00+08:00)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO-8601 date or instant' })
  from?: string;

  @ApiPropertyOptional({ description: 'Left before this instant (ISO-8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO-8601 date or instant' })
  to?: string;

  @ApiPropertyOptional({
    maxLength: 64,
    description: "Words in the buyer's name or company, the contact, the product or the message",
  })
  @IsOptional()
  @Trim()
  @IsText(64)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: LEAD_LIMITS.pageSizeMax, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LEAD_LIMITS.pageSizeMax)
  pageSize?: number;
}

export class LeadExportQueryDto extends LeadListQueryDto {
  @ApiPropertyOptional({ enum: ['zh-CN', 'en'], default: 'zh-CN', description: 'Language of the header row and status labels' })
  @IsOptional()
  @IsIn(['zh-CN', 'en'])
  lang?: 'zh-CN' | 'en';
}
