import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class CreateLiveSessionDto {
  @ApiProperty({ example: '工厂直播：秋冬新款针织衫' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 120)
  title!: string;

  @ApiPropertyOptional({ description: 'UTC ISO-8601 start time shown to buyers' })
  @IsOptional()
  @IsISO8601({ strict: true })
  scheduledAt?: string;

  @ApiPropertyOptional({ default: true, description: 'May anonymous visitors watch (not chat or buy)?' })
  @IsOptional()
  @IsBoolean()
  allowAnonymous?: boolean;
}
