import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { RFQ_LIMITS } from '@livefair/protocol';
import { IsFutureInstant, IsText, Trim } from './quote-rules';

export class OfferQuoteDto {
  @ApiProperty({ minimum: 1, maximum: RFQ_LIMITS.maxUnitPriceFen, description: 'Unit price, fen', example: 1790 })
  @IsInt()
  @Min(1)
  @Max(RFQ_LIMITS.maxUnitPriceFen)
  unitPriceFen!: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: RFQ_LIMITS.maxQuantity,
    description: 'The quantity the price is for; the requested one when absent',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(RFQ_LIMITS.maxQuantity)
  quantity?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The SKU quoted; required when the RFQ names none and the product has several',
  })
  @IsOptional()
  @IsUUID('all', { message: 'skuId must be an id' })
  skuId?: string;

  @ApiProperty({
    description: `UTC instant in the future, at most ${RFQ_LIMITS.maxValidDays} days ahead`,
    example: '2026-12-15T16:00:00Z',
  })
  @IsFutureInstant(RFQ_LIMITS.maxValidDays)
  validUntil!: string;

  @ApiPropertyOptional({ maxLength: RFQ_LIMITS.termsChars, example: '30% 定金，发货前付清尾款' })
  @IsOptional()
  @Trim()
  @IsText(RFQ_LIMITS.termsChars)
  paymentTerms?: string;

  @ApiPropertyOptional({ maxLength: RFQ_LIMITS.termsChars, example: '含税出厂价，物流到付' })
  @IsOptional()
  @Trim()
  @IsText(RFQ_LIMITS.termsChars)
  deliveryTerms?: string;

  @ApiPropertyOptional({ maxLength: RFQ_LIMITS.termsChars, example: '每件独立包装，50 件一箱' })
  @IsOptional()
  @Trim()
  @IsText(RFQ_LIMITS.termsChars)
  packaging?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: RFQ_LIMITS.maxLeadTimeDays, description: 'Days from order to shipment' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(RFQ_LIMITS.maxLeadTimeDays)
  leadTimeDays?: number;

  @ApiPropertyOptional({ maxLength: RFQ_LIMITS.remarksChars })
  @IsOptional()
  @Trim()
  @IsText(RFQ_LIMITS.remarksChars)
  remarks?: string;
}
