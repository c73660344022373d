import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogService } from '@livefair/catalog';
import { CurrentUser, DomainError, IdParam, Principal, Public, Roles } from '@livefair/core';
import type { OrderDetailView, OrderPage, OrderTermsView, OrderView, PaymentInstructionsView } from '@livefair/protocol';
import type { Response } from 'express';
import { CancelOrderDto } from '../dto/order-actions.dto';
import { OrderListQuery } from '../dto/order-query.dto';
import { PlaceOrderDto } from '../dto/place-order.dto';
import { UpdateDeliveryDto } from '../dto/update-delivery.dto';
import { IDEMPOTENCY_HEADER } from '../idempotency';
import { OrderActions } from '../management/order-actions.service';
import { OrderQueries } from '../management/order-query.service';
import { PaymentService } from '../payment/payment.service';
import { OrderPlacement } from '../placement/order-placement.service';
import { toOrderTermsView } from '../placement/order-terms';
import { reply } from './idempotent-reply';

/** Buying: placing orders, the buyer's list, one order (buyer or seller), its payment, the buyer's own steps. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('api')
export class OrdersController {
  constructor(
    private readonly placement: OrderPlacement,
    private readonly queries: OrderQueries,
    private readonly actions: OrderActions,
    private readonly payments: PaymentService,
    private readonly catalog: CatalogService,
  ) {}

  @Get('skus/:id/order-terms')
  @Public()
  @ApiOperation({ summary: "The terms a SKU sells on (retail price, tiers, MOQ, sample price, stock): the order dialog's price" })
  async terms(@Param() { id }: IdParam): Promise<OrderTermsView> {
    const sku = await this.catalog.orderableSku(id);
    if (!sku) throw DomainError.notFound('SKU_NOT_FOUND', 'SKU', id);
    return toOrderTermsView(sku);
  }

  @Post('orders')
  @Roles('buyer')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: '8-64 of A-Z a-z 0-9 _ - : . (a UUID); a retry with the same key and body returns the first answer',
  })
  @ApiCreatedResponse({ description: 'The order as placed; a replay also answers 201, with `Idempotent-Replayed: true`' })
  @ApiOperation({ summary: 'Place a retail, bulk or sample order (pay later, by bank transfer)' })
  async place(
    @CurrentUser() user: Principal,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
    @Body() dto: PlaceOrderDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrderView> {
    return reply(res, await this.placement.place(user, key, dto));
  }

  @Get('my/orders')
  @Roles('buyer')
  @ApiOperation({ summary: "The caller's orders, newest first (filters: status, type, from, to, q; paginated)" })
  mine(@CurrentUser() user: Principal, @Query() q: OrderListQuery): Promise<OrderPage> {
    return this.queries.ofBuyer(user, q);
  }

  @Get('orders/:id')
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: 'One order with its status history and what the caller may do now (its buyer or the seller staff)' })
  detail(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<OrderDetailView> {
    return this.queries.detail(user, id);
  }

  @Get('orders/:id/payment')
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: "How to pay: the seller's receiving account, the amount, the order number as transfer reference" })
  payment(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<PaymentInstructionsView> {
    return this.payments.instructions(user, id);
  }

  @Patch('orders/:id/delivery')
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: 'The buyer fills in or changes the address, invoice details or note, until the order ships' })
  delivery(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: UpdateDeliveryDto): Promise<OrderDetailView> {
    return this.actions.updateDelivery(user, id, dto);
  }

  @Post('orders/:id/cancel')
  @HttpCode(200)
  @Roles('buyer', 'exhibitor')
  @ApiOperation({
    summary: 'Cancel before payment, with a reason (the buyer, or the seller staff); retail units return to stock',
  })
  cancel(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: CancelOrderDto): Promise<OrderDetailView> {
    return this.actions.cancel(user, id, dto);
  }

  @Post('orders/:id/complete')
  @HttpCode(200)
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: 'The buyer confirms receipt of a shipped order' })
  complete(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<OrderDetailView> {
    return this.actions.complete(user, id);
  }
}
