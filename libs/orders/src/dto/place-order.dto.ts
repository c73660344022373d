import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ORDER_MAX_QUANTITY, type PlaceOrderRequest } from '@livefair/protocol';
import { InvoiceDto, ShipToDto } from './delivery.dto';
import { trim } from './transforms';

/** POST /api/orders (with an Idempotency-Key header). */
export class PlaceOrderDto implements PlaceOrderRequest {
  @ApiProperty({ enum: ['retail', 'bulk', 'sample'] })
  @IsIn(['retail', 'bulk', 'sample'])
  type!: 'retail' | 'bulk' | 'sample';

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  skuId!: string;

  @ApiProperty({ minimum: 1, maximum: ORDER_MAX_QUANTITY, description: "In the product's unit" })
  @IsInt()
  @Min(1)
  @Max(ORDER_MAX_QUANTITY)
  quantity!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The booth the order was placed from' })
  @IsOptional()
  @IsUUID('all')
  boothId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The live session whose pinned product was ordered (the booth follows from it)',
  })
  @IsOptional()
  @IsUUID('all')
  liveSessionId?: string;

  @ApiPropertyOptional({ type: ShipToDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ShipToDto)
  shipTo?: ShipToDto;

  @ApiPropertyOptional({ type: InvoiceDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InvoiceDto)
  invoice?: InvoiceDto;

  @ApiPropertyOptional({ maxLength: 500, description: 'A note to the seller' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}
