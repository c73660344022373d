import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class UpdateBoothDto {
  @ApiPropertyOptional({ maxLength: 200, example: '源头工厂 · 支持小单快反' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  headline?: string;
}
