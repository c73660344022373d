import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type { BusinessCardView, CardExchangeView } from '@livefair/protocol';
import { CardService } from '../cards/card.service';
import { BusinessCardDto, CardExchangeRequestDto } from '../dto/card.dto';

/** Business cards and their exchange between buyers and booth staff. */
@ApiTags('business cards')
@ApiBearerAuth()
@Controller('api')
export class CardsController {
  constructor(private readonly cards: CardService) {}

  @Get('my/card')
  @Roles('buyer', 'exhibitor')
  @ApiOkResponse({ description: 'The card, or null when none was saved yet' })
  @ApiOperation({ summary: "The caller's own business card" })
  async mine(@CurrentUser() user: Principal): Promise<{ card: BusinessCardView | null }> {
    return { card: await this.cards.mine(user) };
  }

  @Put('my/card')
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: 'Save (create or replace) the caller’s business card' })
  save(@CurrentUser() user: Principal, @Body() dto: BusinessCardDto): Promise<BusinessCardView> {
    return this.cards.save(user, dto);
  }

  @Post('card-exchanges')
  @Roles('buyer')
  @ApiOperation({
    summary:
      "Ask a booth's staff to swap cards (buyer, own card saved first: 409 CARD_REQUIRED); asking again returns the same exchange",
  })
  request(@CurrentUser() user: Principal, @Body() dto: CardExchangeRequestDto): Promise<CardExchangeView> {
    return this.cards.request(user, dto.boothId);
  }

  @Get('card-exchanges')
  @Roles('buyer', 'exhibitor')
  @ApiOperation({ summary: "A buyer's requests, or the staff's enterprise's incoming ones; cards shown once accepted" })
  list(@CurrentUser() user: Principal): Promise<CardExchangeView[]> {
    return this.cards.exchanges(user);
  }

  @Post('seller/leads/:id/card-offer')
  @Roles('exhibitor')
  @ApiOperation({
    summary:
      "Offer the caller's card to the lead's buyer, for the lead's booth (staff of the lead's enterprise, own card saved first); " +
      'offering again returns the same exchange; a pending request of that buyer is accepted instead',
  })
  offer(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<CardExchangeView> {
    return this.cards.offer(user, id);
  }

  @Post('card-exchanges/:id/accept')
  @HttpCode(200)
  @Roles('exhibitor', 'buyer')
  @ApiOperation({
    summary: "Accept (a request: booth's staff; an offer: its buyer; own card saved first): both sides now see each other's card",
  })
  accept(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<CardExchangeView> {
    return this.cards.decide(user, id, true);
  }

  @Post('card-exchanges/:id/decline')
  @HttpCode(200)
  @Roles('exhibitor', 'buyer')
  @ApiOperation({
    summary: "Decline (a request: booth's staff, the buyer cannot ask that booth again; an offer: its buyer, not offered again)",
  })
  decline(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<CardExchangeView> {
    return this.cards.decide(user, id, false);
  }
}
