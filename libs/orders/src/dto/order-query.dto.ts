import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import type { OrderStatus, OrderType } from '@livefair/protocol';
import { ORDER_STATUSES } from '../order-states';
import { toInt, toList, trim } from './transforms';

const TYPES: OrderType[] = ['retail', 'bulk', 'sample', 'deal', 'quote'];

/** GET /api/my/orders. */
export class OrderListQuery {
  @ApiPropertyOptional({ description: 'Comma-separated statuses, e.g. placed,confirmed', example: 'placed,confirmed' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(7)
  @IsIn(ORDER_STATUSES, { each: true })
  status?: OrderStatus[];

  @ApiPropertyOptional({ description: 'Comma-separated types', example: 'bulk,sample' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(5)
  @IsIn(TYPES, { each: true })
  type?: OrderType[];

  @ApiPropertyOptional({ description: 'Orders placed at or after (UTC ISO-8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Orders placed before (UTC ISO-8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'Order number, product or buyer name contains this', maxLength: 64 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  q?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

/** GET /api/seller/orders and /api/seller/orders.csv: the buyer filter besides. */
export class SellerOrderListQuery extends OrderListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "One buyer's orders" })
  @IsOptional()
  @IsUUID('all')
  buyerId?: string;
}
