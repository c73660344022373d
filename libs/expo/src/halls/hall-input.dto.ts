import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
/** Widest and tallest hall grid, cells. */
export const GRID_MAX = 60;

export class CreateHallDto {
  @ApiProperty({ example: '服装纺织馆', maxLength: 128 })
  @trim()
  @IsString()
  @Length(1, 128)
  name!: string;

  @ApiPropertyOptional({ example: 'Apparel & Textiles Hall', maxLength: 128 })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(128)
  nameEn?: string;

  @ApiPropertyOptional({ example: '61', nullable: true, description: "A code of the expo's category tree (the hall's theme)" })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  categoryCode?: string | null;

  @ApiPropertyOptional({ default: 12, minimum: 1, maximum: GRID_MAX })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(GRID_MAX)
  gridCols?: number;

  @ApiPropertyOptional({ default: 8, minimum: 1, maximum: GRID_MAX })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(GRID_MAX)
  gridRows?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  sortOrder?: number;
}

/** Any subset of a hall's fields. */
export class UpdateHallDto extends PartialType(CreateHallDto) {}

const SLOT_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/;

/** A rectangle of whole cells: top-left (x, y) from 0, width w and height h. */
export class CreateSlotDto {
  @ApiProperty({ example: 'A01', description: '1-16 of A-Z a-z 0-9 -, unique in the hall' })
  @IsString()
  @Matches(SLOT_CODE, { message: 'code must be 1-16 of A-Z a-z 0-9 - (starting with a letter or digit)' })
  code!: string;

  @ApiProperty({ example: 0, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(GRID_MAX)
  x!: number;

  @ApiProperty({ example: 0, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(GRID_MAX)
  y!: number;

  @ApiProperty({ example: 2, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(GRID_MAX)
  w!: number;

  @ApiProperty({ example: 2, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(GRID_MAX)
  h!: number;
}

/** Move, resize or rename a slot: any subset. */
export class UpdateSlotDto {
  @ApiPropertyOptional({ example: 'A02' })
  @IsOptional()
  @IsString()
  @Matches(SLOT_CODE, { message: 'code must be 1-16 of A-Z a-z 0-9 - (starting with a letter or digit)' })
  code?: string;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(GRID_MAX)
  x?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(GRID_MAX)
  y?: number;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(GRID_MAX)
  w?: number;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(GRID_MAX)
  h?: number;
}
