import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
// The same delivery and invoice rules as placing an order (one schema each in the OpenAPI document).
import { InvoiceDto, ShipToDto } from '../../dto/delivery.dto';
import { IsText, Trim } from './quote-rules';

/** POST /api/quotes/:id/accept (Idempotency-Key header required). */
export class AcceptQuoteDto {
  @ApiPropertyOptional({ type: ShipToDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ShipToDto)
  shipTo?: ShipToDto;

  @ApiPropertyOptional({ type: InvoiceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => InvoiceDto)
  invoice?: InvoiceDto;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Trim()
  @IsText(500)
  note?: string;
}
