import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { UpdateDeliveryRequest } from '@livefair/protocol';
import { InvoiceDto, ShipToDto } from './delivery.dto';
import { trim } from './transforms';

/** PATCH /api/orders/:id/delivery: any of the three, until the order ships. */
export class UpdateDeliveryDto implements UpdateDeliveryRequest {
  @ApiPropertyOptional({ type: ShipToDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ShipToDto)
  shipTo?: ShipToDto;

  @ApiPropertyOptional({ type: InvoiceDto, nullable: true, description: 'null withdraws the invoice request' })
  @ValidateIf((o: UpdateDeliveryDto) => o.invoice !== undefined && o.invoice !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => InvoiceDto)
  invoice?: InvoiceDto | null;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}
