import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CN_PROVINCES, type CnProvince, RFQ_LIMITS } from '@livefair/protocol';
import { IsFutureInstant, IsText, Trim } from './quote-rules';

const id = { message: '$property must be an id' };

export class CreateRfqDto {
  @ApiProperty({ format: 'uuid', description: "The product asked about (a published product of the booth's enterprise)" })
  @IsUUID('all', id)
  productId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: "One of the product's SKUs; the exhibitor picks one when absent" })
  @IsOptional()
  @IsUUID('all', id)
  skuId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The booth the request comes from (of the product's enterprise)" })
  @IsOptional()
  @IsUUID('all', id)
  boothId?: string;

  @ApiProperty({ minimum: 1, maximum: RFQ_LIMITS.maxQuantity, example: 2000 })
  @IsInt()
  @Min(1)
  @Max(RFQ_LIMITS.maxQuantity)
  quantity!: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: RFQ_LIMITS.maxUnitPriceFen,
    description: 'Hoped-for unit price, fen',
    example: 1850,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(RFQ_LIMITS.maxUnitPriceFen)
  targetUnitPriceFen?: number;

  @ApiProperty({
    description: `UTC instant in the future, at most ${RFQ_LIMITS.maxDeadlineDays} days ahead`,
    example: '2026-12-20T16:00:00Z',
  })
  @IsFutureInstant(RFQ_LIMITS.maxDeadlineDays)
  deadline!: string;

  @ApiProperty({ enum: CN_PROVINCES, example: '浙江' })
  @IsIn(CN_PROVINCES, {
    message: 'deliveryProvince must be a province-level division by its short Chinese name (浙江, 广东 ...)',
  })
  deliveryProvince!: CnProvince;

  @ApiPropertyOptional({ maxLength: RFQ_LIMITS.requirementsChars, example: '100% 棉，克重 220g，需要 OEKO-TEX 认证' })
  @IsOptional()
  @Trim()
  @IsText(RFQ_LIMITS.requirementsChars)
  requirements?: string;

  @ApiPropertyOptional({ maxLength: RFQ_LIMITS.messageChars })
  @IsOptional()
  @Trim()
  @IsText(RFQ_LIMITS.messageChars)
  message?: string;
}
