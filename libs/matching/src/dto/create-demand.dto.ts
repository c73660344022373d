import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CN_PROVINCES, type CnProvince, MATCHING_LIMITS as L } from '@livefair/protocol';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A buyer's purchase need. Empty or too long texts, past deadlines and unknown codes get their own codes (docs/matching.md). */
export class CreateDemandDto {
  @ApiProperty({
    description: `What is wanted, in Chinese, English or both (${L.textMinChars} to ${L.textMaxChars} characters)`,
    example: '求购 304 不锈钢保温杯 500ml，印 logo，5000 个',
  })
  @trim()
  @IsString()
  @MaxLength(L.textMaxChars * 4)
  text!: string;

  @ApiPropertyOptional({
    description: 'A category code of GET /api/matching/vocabulary; read from the text when absent',
    example: 'drinkware.vacuum',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  categoryCode?: string;

  @ApiProperty({ minimum: 1, maximum: L.maxQuantity, example: 5000 })
  @IsInt()
  @Min(1)
  @Max(L.maxQuantity)
  quantity!: number;

  @ApiProperty({ maxLength: L.unitChars, example: '个' })
  @trim()
  @IsString()
  @Matches(/^\S.{0,15}$/u, { message: `unit must be 1 to ${L.unitChars} characters` })
  unit!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: L.maxUnitPriceFen, description: 'Target unit price, fen', example: 2600 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(L.maxUnitPriceFen)
  targetUnitPriceFen?: number;

  @ApiProperty({ enum: CN_PROVINCES, example: '浙江' })
  @IsIn(CN_PROVINCES, { message: 'deliveryProvince must be a province by its short Chinese name (浙江, 广东 ...)' })
  deliveryProvince!: CnProvince;

  @ApiProperty({
    description: `UTC instant with its zone, in the future, at most ${L.maxDeadlineDays} days ahead`,
    example: '2026-12-31T16:00:00Z',
  })
  @IsString()
  @Matches(INSTANT, { message: 'deadline must be an ISO-8601 instant with its zone (e.g. 2026-12-31T16:00:00Z)' })
  deadline!: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Required certification codes (GET /api/matching/vocabulary)',
    example: ['CCC', 'LFGB'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.maxCertifications)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  certifications?: string[];

  @ApiPropertyOptional({ description: 'OEM / custom logo needed' })
  @IsOptional()
  @IsBoolean()
  oem?: boolean;

  @ApiPropertyOptional({ description: 'A sample first' })
  @IsOptional()
  @IsBoolean()
  sampleFirst?: boolean;

  @ApiPropertyOptional({ description: 'The supplier must issue a VAT special invoice (增值税专用发票)' })
  @IsOptional()
  @IsBoolean()
  vatInvoice?: boolean;

  @ApiPropertyOptional({ description: 'Prefers a supplier in or near the delivery province' })
  @IsOptional()
  @IsBoolean()
  prefersLocal?: boolean;
}
