import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class SuggestionParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @IsUUID('all', { message: 'supplierId must be a UUID' })
  supplierId!: string;
}

export class InviteDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'A note to the supplier with the RFQ' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}
