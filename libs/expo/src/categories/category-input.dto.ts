import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
export const CATEGORY_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
/** Hard ceiling of one import's rows, above any configured EXPO_MAX_CATEGORIES a client can reach. */
export const CATEGORY_IMPORT_MAX_ROWS = 20_000;

export class CategoryInputDto {
  @ApiProperty({ example: '61.01', description: '1-32 of A-Z a-z 0-9 . _ -, unique in the expo' })
  @trim()
  @IsString()
  @Matches(CATEGORY_CODE, { message: 'code must be 1-32 of A-Z a-z 0-9 . _ - (starting with a letter or digit)' })
  code!: string;

  @ApiPropertyOptional({ example: '61', nullable: true, description: 'The parent code; empty or null for a root' })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(32)
  parentCode?: string | null;

  @ApiProperty({ example: '针织服装', maxLength: 64 })
  @trim()
  @IsString()
  @Length(1, 64)
  nameZh!: string;

  @ApiPropertyOptional({ example: 'Knitted apparel', maxLength: 64 })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(64)
  nameEn?: string;

  @ApiPropertyOptional({ default: false, description: 'CCC (China Compulsory Certification) required; kept on leaves' })
  @IsOptional()
  @IsBoolean()
  ccc?: boolean;
}

/** The whole tree, replacing the stored one (PUT). */
export class CategoryTreeDto {
  @ApiProperty({ type: [CategoryInputDto] })
  @IsArray()
  @ArrayMaxSize(CATEGORY_IMPORT_MAX_ROWS)
  @ValidateNested({ each: true })
  @Type(() => CategoryInputDto)
  categories!: CategoryInputDto[];
}

/** The whole tree as CSV text: header `code,parentCode,nameZh,nameEn,ccc` (UTF-8, optional BOM). */
export class CategoryCsvDto {
  @ApiProperty({ example: 'code,parentCode,nameZh,nameEn,ccc\n61,,服装,Apparel,false\n61.01,61,针织服装,Knitted apparel,false' })
  @IsString()
  @MaxLength(2_000_000)
  csv!: string;
}
