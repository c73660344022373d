import { ApiProperty } from '@nestjs/swagger';
import { Allow, IsInt, IsUUID, Max, Min } from 'class-validator';
import { DEAL_MAX_QUANTITY, DEAL_MAX_SECONDS, DEAL_MIN_SECONDS } from '@livefair/protocol';

const id = { message: '$property must be an id' };
/** Largest price a deal may ask (the SKU's retail price bounds it further). */
const MAX_PRICE_FEN = 2_000_000_000;

/** `deal.start` and `POST /api/live-sessions/:id/flash-deals`. perBuyerLimit <= quantity and price <= retail are the service's checks. */
export class StartDealDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', id)
  skuId!: string;

  @ApiProperty({ minimum: 1, description: "Deal price in fen, at most the SKU's retail price" })
  @IsInt()
  @Min(1)
  @Max(MAX_PRICE_FEN)
  priceFen!: number;

  @ApiProperty({ minimum: 1, maximum: DEAL_MAX_QUANTITY, description: "Units, taken from the SKU's stock at the start" })
  @IsInt()
  @Min(1)
  @Max(DEAL_MAX_QUANTITY)
  quantity!: number;

  @ApiProperty({ minimum: 1, description: 'Most units one buyer may hold, at most quantity' })
  @IsInt()
  @Min(1)
  @Max(DEAL_MAX_QUANTITY)
  perBuyerLimit!: number;

  @ApiProperty({ minimum: DEAL_MIN_SECONDS, maximum: DEAL_MAX_SECONDS })
  @IsInt()
  @Min(DEAL_MIN_SECONDS)
  @Max(DEAL_MAX_SECONDS)
  durationSeconds!: number;
}

export class StopDealDto {
  @IsUUID('all', id)
  dealId!: string;
}

/** `deal.buy`. The key's format is checked by the service (IDEMPOTENCY_KEY_REQUIRED / _INVALID, as over HTTP). */
export class BuyDealDto {
  @IsUUID('all', id)
  dealId!: string;

  @IsInt()
  @Min(1)
  @Max(DEAL_MAX_QUANTITY)
  quantity!: number;

  @Allow()
  idempotencyKey?: unknown;
}

/** `POST /api/flash-deals/:id/orders` (the key travels in the Idempotency-Key header). */
export class BuyDealBodyDto {
  @ApiProperty({ minimum: 1, description: "Units, at most the deal's per-buyer limit" })
  @IsInt()
  @Min(1)
  @Max(DEAL_MAX_QUANTITY)
  quantity!: number;
}
