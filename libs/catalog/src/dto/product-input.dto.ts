import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CATALOG_LIMITS as L } from '../catalog-limits';
import { IMAGE_KEY } from '../image-keys';
import { NO_CONTROL, NO_CONTROL_MULTILINE, Trim } from './text';

const line = { message: '$property must not contain control characters' };
const fen = (what: string) => ({ message: `${what} must be fen: an integer from 0 to ${L.maxPriceFen}` });

export class PriceTierDto {
  @ApiProperty({ example: 100, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(L.maxQuantity)
  minQty!: number;

  @ApiProperty({ example: 1900, description: 'fen' })
  @IsInt(fen('unitPriceFen'))
  @Min(0, fen('unitPriceFen'))
  @Max(L.maxPriceFen, fen('unitPriceFen'))
  unitPriceFen!: number;
}

/** Spec values of a SKU: up to 5 names of 1-32 characters, each with a value of 1-64. */
function isSpecValues(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= L.specsPerSku &&
    entries.every(
      ([k, v]) =>
        k.trim() === k &&
        k.length >= 1 &&
        k.length <= 32 &&
        NO_CONTROL.test(k) &&
        typeof v === 'string' &&
        v.length >= 1 &&
        v.length <= 64 &&
        NO_CONTROL.test(v),
    )
  );
}

export class SkuInputDto {
  @ApiPropertyOptional({ description: 'The id of an existing SKU of this product (update); absent: a new SKU' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a SKU id' })
  id?: string;

  @ApiProperty({ example: 'TS-200-M', maxLength: 64 })
  @Trim()
  @IsString()
  @Length(1, 64)
  @Matches(NO_CONTROL, line)
  skuCode!: string;

  @ApiProperty({ example: { 颜色: '藏青', 尺码: 'M' }, description: 'Spec name -> value; at most 5' })
  @ValidateBy({
    name: 'isSpecValues',
    validator: {
      validate: isSpecValues,
      defaultMessage: () =>
        `specs must map at most ${L.specsPerSku} names (1-32 characters, no spaces around) to values of 1-64 characters`,
    },
  })
  specs!: Record<string, string>;

  @ApiProperty({ example: 2900, description: 'Retail unit price, fen' })
  @IsInt(fen('retailPriceFen'))
  @Min(0, fen('retailPriceFen'))
  @Max(L.maxPriceFen, fen('retailPriceFen'))
  retailPriceFen!: number;

  @ApiProperty({ example: 500 })
  @IsInt()
  @Min(0)
  @Max(L.maxQuantity)
  stock!: number;

  @ApiProperty({ example: 100, description: 'Minimum quantity of a bulk order' })
  @IsInt()
  @Min(1)
  @Max(L.maxQuantity)
  moq!: number;

  @ApiProperty({ example: 3500, nullable: true, description: 'One sample, fen; null: no samples; 0: free samples' })
  @ValidateIf((o: SkuInputDto) => o.samplePriceFen !== null)
  @IsInt(fen('samplePriceFen'))
  @Min(0, fen('samplePriceFen'))
  @Max(L.maxPriceFen, fen('samplePriceFen'))
  samplePriceFen!: number | null;

  @ApiProperty({ example: 7, minimum: 0, maximum: L.maxLeadTimeDays })
  @IsInt()
  @Min(0)
  @Max(L.maxLeadTimeDays)
  leadTimeDays!: number;

  @ApiProperty({ type: [PriceTierDto], description: '1 to 10 tiers: minQty strictly rising, unit price never rising' })
  @IsArray()
  @ArrayMinSize(1, { message: 'tiers needs at least one tier' })
  @ArrayMaxSize(L.tiersPerSku)
  @ValidateNested({ each: true })
  @Type(() => PriceTierDto)
  tiers!: PriceTierDto[];
}

export class SpecificationDto {
  @ApiProperty({ example: '面料', maxLength: 32 })
  @Trim()
  @IsString()
  @Length(1, 32)
  @Matches(NO_CONTROL, line)
  name!: string;

  @ApiProperty({ example: '100% 精梳棉', maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL, line)
  value!: string;
}

export class CertificationDto {
  @ApiProperty({ example: 'CE', maxLength: 64 })
  @Trim()
  @IsString()
  @Length(1, 64)
  @Matches(NO_CONTROL, line)
  name!: string;

  @ApiPropertyOptional({ example: 'CE-2026-0192', maxLength: 64 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  @Matches(NO_CONTROL, line)
  number?: string;

  @ApiPropertyOptional({ example: 'TÜV SÜD', maxLength: 128 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(128)
  @Matches(NO_CONTROL, line)
  issuer?: string;

  @ApiPropertyOptional({ example: '2028-06-30', nullable: true, description: 'Last valid day, YYYY-MM-DD' })
  @IsOptional()
  @ValidateIf((o: CertificationDto) => o.validUntil !== null)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil must be a date YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'validUntil must be a date YYYY-MM-DD' })
  validUntil?: string | null;
}

/** A whole product with its SKUs: the body of create and of update (which replaces it). */
export class ProductInputDto {
  @ApiProperty({ example: '纯棉圆领T恤', maxLength: 200, description: 'Chinese title' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL, line)
  name!: string;

  @ApiPropertyOptional({ example: 'Cotton crew-neck T-shirt', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @Matches(NO_CONTROL, line)
  nameEn?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @Matches(NO_CONTROL_MULTILINE, line)
  description?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @Matches(NO_CONTROL_MULTILINE, line)
  descriptionEn?: string;

  @ApiPropertyOptional({ example: 'T恤', maxLength: 64 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  @Matches(NO_CONTROL, line)
  category?: string;

  @ApiProperty({ example: '件', maxLength: 16, description: 'Free text; the web form offers 件/双/套/个/箱/米/平方米/千克/吨' })
  @Trim()
  @IsString()
  @Length(1, 16)
  @Matches(NO_CONTROL, line)
  unit!: string;

  @ApiPropertyOptional({ type: [SpecificationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.specificationsPerProduct)
  @ValidateNested({ each: true })
  @Type(() => SpecificationDto)
  specifications?: SpecificationDto[];

  @ApiPropertyOptional({ type: [CertificationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.certificationsPerProduct)
  @ValidateNested({ each: true })
  @Type(() => CertificationDto)
  certifications?: CertificationDto[];

  @ApiPropertyOptional({ type: [String], description: 'Keys of images the enterprise uploaded, cover first; at most 9' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.imagesPerProduct)
  @ArrayUnique({ message: 'images must not name one image twice' })
  @Matches(IMAGE_KEY, { each: true, message: 'each of images must be an image key from POST /api/uploads/images' })
  images?: string[];

  @ApiProperty({ type: [SkuInputDto], description: `0 to ${L.skusPerProduct} SKUs (a published product needs one)` })
  @IsArray()
  @ArrayMaxSize(L.skusPerProduct)
  @ValidateNested({ each: true })
  @Type(() => SkuInputDto)
  skus!: SkuInputDto[];
}
