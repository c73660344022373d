import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { trim } from './transforms';

/** POST /api/orders/:id/confirm. */
export class ConfirmOrderDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'Shown to the buyer in the history (e.g. the delivery date)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** POST /api/orders/:id/pay: the exhibitor saw the transfer arrive. */
export class MarkPaidDto {
  @ApiPropertyOptional({ maxLength: 100, description: "The bank's transfer reference (流水号), if at hand" })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  paymentRef?: string;
}

/** POST /api/orders/:id/ship. */
export class ShipOrderDto {
  @ApiProperty({ example: '顺丰速运', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  carrier!: string;

  @ApiProperty({ example: 'SF1234567890123', description: '4 to 64 letters, digits and -' })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9-]{4,64}$/, { message: 'trackingNo must be 4 to 64 letters, digits or -' })
  trackingNo!: string;
}

/** POST /api/orders/:id/cancel (buyer or exhibitor). */
export class CancelOrderDto {
  @ApiProperty({ example: '买家改选其他款式', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  reason!: string;
}
