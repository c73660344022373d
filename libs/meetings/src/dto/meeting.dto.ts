import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
/** An instant with its zone (Z or ±hh:mm): a bare local time is ambiguous and refused. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export class MeetingSlotDto {
  @ApiProperty({ example: '2026-12-03T02:00:00.000Z', description: 'UTC instant (or with its offset)' })
  @IsString()
  @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO-8601 instant' })
  @Matches(INSTANT, { message: 'startsAt must carry its zone (Z or +08:00)' })
  startsAt!: string;

  @ApiProperty({ example: '2026-12-03T02:30:00.000Z' })
  @IsString()
  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO-8601 instant' })
  @Matches(INSTANT, { message: 'endsAt must carry its zone (Z or +08:00)' })
  endsAt!: string;
}

export class ProposeMeetingDto {
  @ApiProperty({ format: 'uuid', description: 'The exhibitor enterprise to meet' })
  @IsUUID('all', { message: 'enterpriseId must be an id' })
  enterpriseId!: string;

  @ApiProperty({
    type: [MeetingSlotDto],
    minItems: 1,
    maxItems: 5,
    description: 'Times the buyer can meet; the enterprise picks one',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => MeetingSlotDto)
  slots!: MeetingSlotDto[];

  @ApiProperty({ minLength: 1, maxLength: 200, example: '保温杯 OEM 定制洽谈' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  topic!: string;

  @ApiPropertyOptional({ maxLength: 1000, example: '想看一下工厂的生产线和样品。' })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(1000)
  message?: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'The purchase need this comes from (matching), stored as given' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  demandId?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Free context from the linking page (a suggestion id, a campaign)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  context?: string;
}

export class AcceptMeetingDto {
  @ApiProperty({ minimum: 0, maximum: 4, description: 'Index of the accepted slot in `slots`' })
  @IsInt()
  @Min(0)
  @Max(4)
  slotIndex!: number;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 2,
    description: "Colleagues (the enterprise's staff) who join the room too, besides the one accepting",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'staffIds must be user ids' })
  staffIds?: string[];
}

export class DeclineMeetingDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: '该时段工厂停产检修，请改约下周。' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reason!: string;
}

export class CancelMeetingDto {
  @ApiPropertyOptional({ maxLength: 200, example: '行程有变' })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(200)
  reason?: string;
}
