import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$/;
const TIME_MESSAGE = 'must be an ISO-8601 time: 2026-11-29T09:00 (read in timeZone) or with Z / an offset';

/** A new expo. Dates without an offset are wall times in `timeZone`; they are stored UTC. */
export class CreateExpoDto {
  @ApiProperty({ example: '2026 中国出口商品内销云展', maxLength: 128 })
  @trim()
  @IsString()
  @Length(1, 128)
  name!: string;

  @ApiPropertyOptional({ example: '2026 China Export Goods Online Expo', maxLength: 128 })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(128)
  nameEn?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  descriptionEn?: string;

  @ApiProperty({ example: '2026-11-29T09:00', description: TIME_MESSAGE })
  @Matches(TIME, { message: `startsAt ${TIME_MESSAGE}` })
  startsAt!: string;

  @ApiProperty({ example: '2026-12-29T18:00', description: TIME_MESSAGE })
  @Matches(TIME, { message: `endsAt ${TIME_MESSAGE}` })
  endsAt!: string;

  @ApiProperty({ example: 'Asia/Shanghai', description: 'IANA time zone' })
  @IsString()
  @Length(1, 64)
  timeZone!: string;

  @ApiPropertyOptional({ description: 'A catalog image key (POST /api/uploads/images)', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]{8,100}\.(jpg|png|webp)$/, { message: 'coverImageKey must be an image key from /api/uploads/images' })
  coverImageKey?: string | null;
}

/** Any subset of the fields; the dates are checked together with the stored ones. */
export class UpdateExpoDto {
  @ApiPropertyOptional({ maxLength: 128 })
  @IsOptional()
  @trim()
  @IsString()
  @Length(1, 128)
  name?: string;

  @ApiPropertyOptional({ maxLength: 128 })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(128)
  nameEn?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  descriptionEn?: string;

  @ApiPropertyOptional({ description: TIME_MESSAGE })
  @IsOptional()
  @Matches(TIME, { message: `startsAt ${TIME_MESSAGE}` })
  startsAt?: string;

  @ApiPropertyOptional({ description: TIME_MESSAGE })
  @IsOptional()
  @Matches(TIME, { message: `endsAt ${TIME_MESSAGE}` })
  endsAt?: string;

  @ApiPropertyOptional({ example: 'Asia/Shanghai' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  timeZone?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]{8,100}\.(jpg|png|webp)$/, { message: 'coverImageKey must be an image key from /api/uploads/images' })
  coverImageKey?: string | null;
}

export class ExpoStatusDto {
  @ApiProperty({ enum: ['open', 'closed'], description: 'draft -> open (published) -> closed (read-only archive)' })
  @IsIn(['open', 'closed'])
  status!: 'open' | 'closed';
}
