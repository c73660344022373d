import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CertificationHeldDto } from '../booth-profile/certification.dto';
import { BOOTH_PROFILE_LIMITS as L } from '../booth-profile/booth-profile-limits';
import { ONE_LINE, oneLine, Trim } from '../booth-profile/profile-text';

/** The whole enterprise profile (PUT replaces it); absent fields become empty / false. */
export class EnterpriseProfileDto {
  @ApiPropertyOptional({
    example: '330000',
    description: "GB/T 2260 province code (GET /api/booth-vocabulary), '' for none (400 PROVINCE_UNKNOWN)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  province?: string;

  @ApiPropertyOptional({ example: '宁波市', maxLength: 32, description: 'Needs a province' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(32)
  @Matches(ONE_LINE, oneLine)
  city?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['TEX-KNIT', 'TEX'],
    description: `Main category codes (the expo category tree's), at most ${L.categories}`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.categories)
  @ArrayUnique()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, {
    each: true,
    message: 'each category must be a code of 1-32 letters, digits, . _ -',
  })
  categories?: string[];

  @ApiPropertyOptional({ example: 200000, nullable: true, description: 'Units per month' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  monthlyCapacity?: number | null;

  @ApiPropertyOptional({ example: '件', maxLength: 16, description: 'Required with a capacity' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(16)
  @Matches(ONE_LINE, oneLine)
  capacityUnit?: string;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  oem?: boolean;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  odm?: boolean;

  @ApiPropertyOptional({ example: true, description: 'Can issue VAT special invoices (增值税专用发票)' })
  @IsOptional()
  @IsBoolean()
  vatSpecialInvoice?: boolean;

  @ApiPropertyOptional({
    type: [String],
    example: ['US', 'DE', 'JP'],
    description: `ISO 3166-1 alpha-2 codes, at most ${L.exportMarkets} (400 COUNTRY_CODE_UNKNOWN)`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.exportMarkets)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(2, { each: true })
  exportMarkets?: string[];

  @ApiPropertyOptional({ type: [CertificationHeldDto], description: `At most ${L.certifications}` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.certifications)
  @ValidateNested({ each: true })
  @Type(() => CertificationHeldDto)
  certifications?: CertificationHeldDto[];
}
