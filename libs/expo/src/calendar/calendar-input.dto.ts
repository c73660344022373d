import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsString, IsUUID, Length } from 'class-validator';

export class ScheduleSessionDto {
  @ApiProperty({ description: 'A booth of this expo' })
  @IsUUID('all')
  boothId!: string;

  @ApiProperty({ example: '工厂直播：秋冬新款针织衫', maxLength: 120 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 120)
  title!: string;

  @ApiProperty({ example: '2026-11-30T02:00:00Z', description: 'UTC ISO-8601 (or with an offset)' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiProperty({ example: '2026-11-30T03:00:00Z', description: 'After startsAt, at most 12 hours later' })
  @IsISO8601({ strict: true })
  endsAt!: string;
}
