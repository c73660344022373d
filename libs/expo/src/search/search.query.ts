import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ONE_LINE, oneLine, Trim } from '../booth-profile/profile-text';

const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** Filters of GET /api/search/booths and /api/search/products (docs/booths.md). */
export class SearchQuery {
  @ApiPropertyOptional({
    example: '纯棉',
    description: 'Words (space-separated) each found in the name, headline or intro (Chinese or English)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  @Matches(ONE_LINE, oneLine)
  q?: string;

  @ApiPropertyOptional({ description: 'Only booths of this expo' })
  @IsOptional()
  @IsUUID('all')
  expoId?: string;

  @ApiPropertyOptional({
    example: 'TEX-KNIT',
    description: "A main category code of the booth's enterprise (for products: or the product's category)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(ONE_LINE, oneLine)
  category?: string;

  @ApiPropertyOptional({ example: '330000', description: 'GB/T 2260 province code' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'province must be a 6-digit province code' })
  province?: string;

  @ApiPropertyOptional({ example: '宁波市' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(32)
  @Matches(ONE_LINE, oneLine)
  city?: string;

  @ApiPropertyOptional({
    example: 'source-factory,specialised',
    description: 'Badge codes, comma-separated: booths with every one (400 BOOTH_BADGE_UNKNOWN)',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  badge?: string[];

  @ApiPropertyOptional({ example: true, description: 'Only booths live now' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  live?: boolean;

  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  pageSize?: number;
}
