import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { RFQ_LIMITS, type RfqStatus } from '@livefair/protocol';
import { IsText, Trim } from './quote-rules';

export const RFQ_FILTERS = ['open', 'quoted', 'declined', 'accepted', 'closed', 'expired', 'active'] as const;
export type RfqFilter = RfqStatus | 'active';

export class RfqListQueryDto {
  @ApiPropertyOptional({ enum: RFQ_FILTERS, description: 'active: open, quoted or declined' })
  @IsOptional()
  @IsIn(RFQ_FILTERS)
  status?: RfqFilter;

  @ApiPropertyOptional({
    maxLength: 64,
    description: "Words in the product's name, the SKU code, or the buyer's / enterprise's name",
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

  @ApiPropertyOptional({ minimum: 1, maximum: RFQ_LIMITS.pageSizeMax, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(RFQ_LIMITS.pageSizeMax)
  pageSize?: number;
}
