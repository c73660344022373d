import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type { OrderDetailView, OrderPage, PaymentAccountView } from '@livefair/protocol';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { ConfirmOrderDto, MarkPaidDto, ShipOrderDto } from '../dto/order-actions.dto';
import { SellerOrderListQuery } from '../dto/order-query.dto';
import { PaymentAccountDto } from '../dto/payment-account.dto';
import { CsvLang, ordersCsv } from '../management/order-csv';
import { OrderActions } from '../management/order-actions.service';
import { OrderQueries } from '../management/order-query.service';
import { toOrderView } from '../order-views';
import { PaymentService } from '../payment/payment.service';

class SellerExportQuery extends SellerOrderListQuery {
  @ApiPropertyOptional({ enum: ['zh-CN', 'en'], default: 'zh-CN', description: 'Language of the header row and labels' })
  @IsOptional()
  @IsIn(['zh-CN', 'en'])
  lang?: CsvLang;
}

/** Order management for the seller's exhibitor staff: lists, export, the seller's steps, the receiving account. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('api')
export class SellerOrdersController {
  constructor(
    private readonly queries: OrderQueries,
    private readonly actions: OrderActions,
    private readonly payments: PaymentService,
  ) {}

  @Get('seller/orders')
  @Roles('exhibitor')
  @ApiOperation({
    summary:
      "The caller's enterprise's orders, newest first (filters: status, type, from, to, buyerId; q searches order number, product, buyer)",
  })
  list(@CurrentUser() user: Principal, @Query() q: SellerOrderListQuery): Promise<OrderPage> {
    return this.queries.ofSeller(user, q);
  }

  @Get('seller/orders.csv')
  @Roles('exhibitor')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The filtered orders as CSV for Excel (UTF-8 with BOM, CRLF, quoted; amounts in yuan and fen); at most 20,000',
  })
  async csv(@CurrentUser() user: Principal, @Query() q: SellerExportQuery, @Res() res: Response): Promise<void> {
    const rows = await this.queries.forExport(user, q);
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="orders-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`订单-${day}.csv`)}`,
    );
    res.send(
      ordersCsv(
        rows.map((o) => toOrderView(o)),
        q.lang ?? 'zh-CN',
      ),
    );
  }

  @Post('orders/:id/confirm')
  @HttpCode(200)
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: 'The seller confirms a placed order (price, stock and delivery agreed)' })
  confirm(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: ConfirmOrderDto): Promise<OrderDetailView> {
    return this.actions.confirm(user, id, dto);
  }

  @Post('orders/:id/pay')
  @HttpCode(200)
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: "The seller marks the buyer's bank transfer received (optionally with its reference)" })
  pay(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: MarkPaidDto): Promise<OrderDetailView> {
    return this.actions.pay(user, id, dto);
  }

  @Post('orders/:id/ship')
  @HttpCode(200)
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: 'The seller ships a paid order (carrier and tracking number; the order needs a delivery address)' })
  ship(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: ShipOrderDto): Promise<OrderDetailView> {
    return this.actions.ship(user, id, dto);
  }

  @Get('seller/payment-account')
  @Roles('exhibitor')
  @ApiOperation({ summary: "The caller's enterprise's receiving account (null until set)" })
  async account(@CurrentUser() user: Principal): Promise<{ account: PaymentAccountView | null }> {
    return { account: await this.payments.account(user) };
  }

  @Put('seller/payment-account')
  @Roles('exhibitor')
  @ApiOperation({
    summary: "Set the caller's enterprise's receiving account, shown to its buyers with their payment instructions",
  })
  async setAccount(@CurrentUser() user: Principal, @Body() dto: PaymentAccountDto): Promise<{ account: PaymentAccountView }> {
    return { account: await this.payments.setAccount(user, dto) };
  }
}
