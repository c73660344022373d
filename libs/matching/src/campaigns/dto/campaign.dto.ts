import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CAMPAIGN_LIMITS as C, CN_PROVINCES } from '@livefair/protocol';

const instant = { strict: true, strictSeparator: true };

export class CreateCampaignDto {
  @ApiProperty({ maxLength: C.nameChars, example: '2026 永康五金内销对接月' })
  @IsString()
  @Length(1, C.nameChars)
  name!: string;

  @ApiProperty({ enum: ['expo', 'region'] })
  @IsIn(['expo', 'region'])
  scope!: 'expo' | 'region';

  @ApiPropertyOptional({ format: 'uuid', description: 'scope expo: one of the caller’s expos' })
  @IsOptional()
  @IsUUID('all', { message: 'expoId must be an id' })
  expoId?: string;

  @ApiPropertyOptional({ type: [String], description: 'scope region: 1-34 short province names (浙江 ...)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(C.maxProvinces)
  @ArrayUnique()
  @IsIn(CN_PROVINCES, { each: true, message: 'provinces must be short Chinese province names (浙江, 广东 ...)' })
  provinces?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Only needs of these category codes (leaf or industry); none: all' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(C.maxCategories)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  categoryCodes?: string[];

  @ApiProperty({ example: '2026-12-01T00:00:00Z', description: 'ISO-8601 instant with its zone' })
  @IsISO8601(instant)
  @Matches(/(Z|[+-]\d\d:\d\d)$/, { message: 'startsAt must carry its zone (Z or +08:00)' })
  startsAt!: string;

  @ApiProperty({ example: '2026-12-31T00:00:00Z', description: `after startsAt, at most ${C.maxDays} days later` })
  @IsISO8601(instant)
  @Matches(/(Z|[+-]\d\d:\d\d)$/, { message: 'endsAt must carry its zone (Z or +08:00)' })
  endsAt!: string;
}

export class WebhookDto {
  @ApiProperty({ maxLength: C.webhookUrlChars, example: 'https://crm.example.cn/livefair/hooks' })
  @IsString()
  @MaxLength(C.webhookUrlChars)
  url!: string;

  @ApiProperty({
    minLength: C.secretMinChars,
    maxLength: C.secretMaxChars,
    description: 'Shared secret of the HMAC-SHA256 signature',
  })
  @IsString()
  @Length(C.secretMinChars, C.secretMaxChars)
  @Matches(/^[\x21-\x7e]+$/, { message: 'secret must be printable ASCII without spaces' })
  secret!: string;
}

export class PushDto {
  @ApiPropertyOptional({ type: [String], description: `Suggestion ids of this campaign (1-${C.pushMax})` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(C.pushMax)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'suggestionIds must be ids' })
  suggestionIds?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: C.topPerDemandMax, description: 'Or: the best N of each need’s list' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(C.topPerDemandMax)
  topPerDemand?: number;
}

export class DeclineNeedDto {
  @ApiPropertyOptional({ maxLength: C.reasonChars, example: '产能已满' })
  @IsOptional()
  @IsString()
  @MaxLength(C.reasonChars)
  reason?: string;
}
