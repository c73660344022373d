import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Public, Roles } from '@livefair/core';
import type { DealListResult, FlashDealView, OrderView } from '@livefair/protocol';
import type { Response } from 'express';
import { OrderEvent } from '../entities/order-event.entity';
import { IDEMPOTENCY_HEADER, REPLAY_HEADER } from '../idempotency';
import { toOrderView } from '../order-views';
import { DealBuyService } from './deal-buy.service';
import { DealService } from './deal.service';
import { BuyDealBodyDto, StartDealDto } from './dto/deal.dto';

/** Flash deals over HTTP: the same operations as the `deal.*` socket requests, for scripts and other clients. */
@ApiTags('flash deals')
@Controller('api')
export class DealController {
  constructor(
    private readonly deals: DealService,
    private readonly buys: DealBuyService,
  ) {}

  @Post('live-sessions/:id/flash-deals')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Start a flash deal in one's own live session (booth staff; the session must be live)" })
  start(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: StartDealDto): Promise<FlashDealView> {
    return this.deals.start(user, id, dto);
  }

  @Get('live-sessions/:id/flash-deals')
  @Public()
  @ApiOperation({ summary: "A live session's running flash deals, with the server's time for countdowns" })
  list(@CurrentUser(true) user: Principal | null, @Param() { id }: IdParam): Promise<DealListResult> {
    return this.deals.list(id, user);
  }

  @Get('flash-deals/:id')
  @Public()
  @ApiOperation({ summary: 'One flash deal, running or ended' })
  get(@Param() { id }: IdParam): Promise<FlashDealView> {
    return this.deals.view(id);
  }

  @Post('flash-deals/:id/stop')
  @Roles('exhibitor')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End a flash deal early (booth staff); the unsold rest goes back to the SKU' })
  stop(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<FlashDealView> {
    return this.deals.stop(user, id);
  }

  @Post('flash-deals/:id/orders')
  @Roles('buyer')
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '8-64 of A-Z a-z 0-9 _ - : . (a UUID fits)' })
  @ApiOperation({
    summary: 'Buy in a flash deal: 201 with the confirmed (committed) order; a retry with the same key replays it',
  })
  async buy(
    @CurrentUser() user: Principal,
    @Param() { id }: IdParam,
    @Body() dto: BuyDealBodyDto,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrderView> {
    const { order, replayed } = await this.buys.buy(user, id, dto.quantity, key);
    if (replayed) res.setHeader(REPLAY_HEADER, 'true');
    // A replay shows the order as it is now, with its history so far.
    const placed = Object.assign(new OrderEvent(), {
      fromStatus: null,
      toStatus: 'confirmed',
      actor: 'buyer',
      note: '',
      at: order.createdAt,
    });
    return toOrderView(order, replayed ? await this.buys.history(order.id) : [placed]);
  }
}
