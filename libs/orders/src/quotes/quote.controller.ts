import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type { OrderView, QuoteView } from '@livefair/protocol';
import type { Response } from 'express';
import { IDEMPOTENCY_HEADER, REPLAY_HEADER } from '../idempotency';
import { AcceptQuoteDto } from './dto/accept-quote.dto';
import { OfferQuoteDto } from './dto/offer-quote.dto';
import { ReasonDto } from './dto/thread-text.dto';
import { QuoteAcceptance } from './quote-acceptance';
import { QuoteService } from './quote.service';

@ApiTags('quotations')
@ApiBearerAuth()
@Controller('api')
export class QuoteController {
  constructor(
    private readonly quotes: QuoteService,
    private readonly acceptance: QuoteAcceptance,
  ) {}

  @Post('rfqs/:id/quotes')
  @Roles('exhibitor')
  @ApiOperation({ summary: "Quote on an RFQ to the caller's enterprise; the quote on offer, if any, is superseded" })
  offer(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: OfferQuoteDto): Promise<QuoteView> {
    return this.quotes.offer(user, id, dto);
  }

  @Post('quotes/:id/accept')
  @Roles('buyer')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: '8 to 64 of A-Z a-z 0-9 _ - : . (a UUID fits); see docs/orders.md',
  })
  @ApiCreatedResponse({
    description:
      'The order (type quote, confirmed). A retry with the same key and body answers the same order with Idempotent-Replayed: true',
  })
  @ApiOperation({
    summary:
      'Accept the quote on offer: it becomes an order (buyer who asked); 409 QUOTE_EXPIRED / QUOTE_SUPERSEDED / QUOTE_ALREADY_DECIDED',
  })
  async accept(
    @CurrentUser() user: Principal,
    @Param() { id }: IdParam,
    @Body() dto: AcceptQuoteDto,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrderView> {
    const { order, replayed } = await this.acceptance.accept(user, id, dto, key);
    if (replayed) res.setHeader(REPLAY_HEADER, 'true');
    return order;
  }

  @Post('quotes/:id/decline')
  @Roles('buyer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline the quote on offer, with an optional reason (buyer who asked); the seller may quote again' })
  decline(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: ReasonDto): Promise<QuoteView> {
    return this.quotes.decline(user, id, dto.reason);
  }
}
