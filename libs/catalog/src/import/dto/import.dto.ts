import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_FIELDS, type ImportField, type ImportMode } from '@livefair/protocol';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IMPORT_LIMITS } from '../import-limits';

/** Field -> column, each a zero-based column index of the file. */
export class ImportMappingDto {
  @ApiProperty({
    description: `Field -> zero-based column. Fields: ${IMPORT_FIELDS.join(', ')}. itemNo and a title (name or nameEn) are required.`,
    example: { itemNo: 0, nameEn: 1, hsCode: 2, fobUsd: 3, moq: 4 },
  })
  @IsObject()
  mapping!: Record<ImportField, number>;
}

export class RunImportDto {
  @ApiProperty({ enum: ['all-or-nothing', 'good-rows'] })
  @IsIn(['all-or-nothing', 'good-rows'])
  mode!: ImportMode;
}

export class PreviewQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: IMPORT_LIMITS.previewPageMax, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(IMPORT_LIMITS.previewPageMax)
  pageSize?: number;

  @ApiPropertyOptional({ enum: ['all', 'problems'], default: 'all' })
  @IsOptional()
  @IsIn(['all', 'problems'])
  only?: 'all' | 'problems';
}

export class PricingSettingsDto {
  @ApiProperty({ description: 'CNY per USD x 10,000 (7.1000 -> 71000)', minimum: 10_000, maximum: 200_000 })
  @IsInt()
  @Min(10_000)
  @Max(200_000)
  usdCnyRate4!: number;

  @ApiProperty({ description: 'VAT rate, basis points (1300 = 13 %)', minimum: 0, maximum: 3000 })
  @IsInt()
  @Min(0)
  @Max(3000)
  vatBp!: number;

  @ApiProperty({ description: 'Export VAT refund rate, basis points', minimum: 0, maximum: 3000 })
  @IsInt()
  @Min(0)
  @Max(3000)
  exportRefundBp!: number;

  @ApiProperty({ description: 'Wholesale margin over FOB, basis points', minimum: 0, maximum: 100_000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  wholesaleMarginBp!: number;

  @ApiProperty({ description: 'Retail margin over wholesale, basis points', minimum: 0, maximum: 100_000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  retailMarginBp!: number;

  @ApiProperty({ maxLength: 128 })
  @IsString()
  @MaxLength(128)
  producerName!: string;

  @ApiProperty({ maxLength: 256 })
  @IsString()
  @MaxLength(256)
  producerAddress!: string;
}

export class ReadinessEditDto {
  @ApiPropertyOptional({ description: 'Chinese title', minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'Chinese description', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  category?: string;

  @ApiPropertyOptional({ description: 'Wholesale price with VAT, fen', minimum: 0, maximum: 1_000_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  wholesaleFen?: number;

  @ApiPropertyOptional({ description: 'Retail price with VAT, fen', minimum: 0, maximum: 1_000_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  retailFen?: number;

  @ApiPropertyOptional({ description: 'The exhibitor’s answer to the CCC pointer', enum: ['required', 'not-required'] })
  @IsOptional()
  @IsIn(['required', 'not-required'])
  ccc?: 'required' | 'not-required';

  @ApiPropertyOptional({ description: 'Certifications held (names)', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(64, { each: true })
  certifications?: string[];

  @ApiPropertyOptional({ description: 'Labelling items confirmed (keys)', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Matches(/^[a-z-]{1,32}$/, { each: true })
  labelsConfirmed?: string[];

  @ApiPropertyOptional({ description: 'true: restore the proposals from the settings (drops edited prices)' })
  @IsOptional()
  @IsBoolean()
  repropose?: boolean;
}

export class ReadinessQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ enum: ['all', 'ready', 'blocked'], default: 'all' })
  @IsOptional()
  @IsIn(['all', 'ready', 'blocked'])
  only?: 'all' | 'ready' | 'blocked';
}
