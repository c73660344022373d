import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class PublishAnnouncementDto {
  @ApiProperty({ example: '今晚 20:00 服装馆集中直播', maxLength: 120 })
  @trim()
  @IsString()
  @Length(1, 120)
  title!: string;

  @ApiPropertyOptional({ example: 'Live sessions in the apparel hall tonight at 20:00', maxLength: 120 })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(120)
  titleEn?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  body?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bodyEn?: string;
}
