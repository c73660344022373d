import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, DomainError, IdParam, Principal, Public, Roles } from '@livefair/core';
import type { DemandView, DemandWithSuggestions, MatchVocabularyView, OrderForYouItem, RfqView } from '@livefair/protocol';
import type { Request } from 'express';
import { NeedResponses } from './campaigns/need-responses.service';
import { DemandService } from './demand.service';
import { CreateDemandDto } from './dto/create-demand.dto';
import { OnboardingQuery } from './dto/onboarding.dto';
import { InviteDto, SuggestionParams } from './dto/suggestion-params.dto';
import { categoryVocabulary, certificationCodes } from './engine/vocabulary';
import { ContactView, MatchActions } from './match-actions.service';
import { OnboardingReport, OnboardingService } from './onboarding/onboarding.service';
import { OrdersForYou } from './orders-for-you.service';

/** Largest onboarding file, bytes. */
const ONBOARDING_MAX_BYTES = 8 * 1024 * 1024;

/** Purchase needs and their suggested suppliers (buyers), orders for you (exhibitors), onboarding (organizers). docs/matching.md. */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('api/matching')
export class MatchingController {
  constructor(
    private readonly demands: DemandService,
    private readonly forYou: OrdersForYou,
    private readonly actions: MatchActions,
    private readonly onboarding: OnboardingService,
    private readonly responses: NeedResponses,
  ) {}

  @Get('vocabulary')
  @Public()
  @ApiOperation({ summary: 'The category codes (with CCC flags) and certification codes demands and onboarding files use' })
  vocabulary(): MatchVocabularyView {
    return { categories: categoryVocabulary.all(), certifications: certificationCodes };
  }

  @Post('demands')
  @Roles('buyer')
  @ApiOperation({ summary: 'Post a purchase need; answers it with the ranked suppliers and the reasons of each' })
  create(@CurrentUser() user: Principal, @Body() dto: CreateDemandDto): Promise<DemandWithSuggestions> {
    return this.demands.create(user, dto);
  }

  @Get('demands')
  @Roles('buyer')
  @ApiOperation({ summary: "The caller's purchase needs, newest first (at most 100)" })
  mine(@CurrentUser() user: Principal): Promise<DemandView[]> {
    return this.demands.listMine(user);
  }

  @Get('demands/:id')
  @Roles('buyer')
  @ApiOperation({ summary: 'One of the caller’s purchase needs with its stored suggestions' })
  get(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<DemandWithSuggestions> {
    return this.demands.get(user, id);
  }

  @Post('demands/:id/rerank')
  @Roles('buyer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rank suppliers again (new suppliers, changed catalogs) and store the new list' })
  async rerank(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<DemandWithSuggestions> {
    const d = await this.demands.own(user, id);
    if (d.status !== 'open') throw new DomainError('DEMAND_CLOSED', 'This purchase need is closed');
    await this.demands.rank(d);
    return this.demands.get(user, id);
  }

  @Post('demands/:id/close')
  @Roles('buyer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a purchase need: off every supplier’s orders for you' })
  close(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<DemandView> {
    return this.demands.close(user, id);
  }

  @Post('demands/:id/suggestions/:supplierId/contact')
  @Roles('buyer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Contact a suggested supplier: marks the suggestion and gives its enterprise and booths' })
  contact(@CurrentUser() user: Principal, @Param() p: SuggestionParams): Promise<ContactView> {
    return this.actions.contact(user, p.id, p.supplierId);
  }

  @Post('demands/:id/suggestions/:supplierId/invite')
  @Roles('buyer')
  @ApiOperation({
    summary: 'Invite a suggested supplier to quote: sends an RFQ (quotes flow) on its best-fitting catalog product',
  })
  invite(@CurrentUser() user: Principal, @Param() p: SuggestionParams, @Body() dto: InviteDto): Promise<RfqView> {
    return this.actions.invite(user, p.id, p.supplierId, dto.message);
  }

  @Get('orders-for-you')
  @Roles('exhibitor')
  @ApiOperation({ summary: "Open purchase needs ranked for the caller's enterprise, with the reasons of each and its answer" })
  async ordersForYou(@CurrentUser() user: Principal): Promise<OrderForYouItem[]> {
    const items = await this.forYou.list(user);
    const answers = await this.responses.answersOf(
      user.enterpriseId!,
      items.map((i) => i.demand.id),
    );
    return items.map((i) => ({ ...i, answer: answers.get(i.demand.id) ?? null }));
  }

  @Post('onboarding')
  @Roles('organizer')
  @ApiConsumes('application/x-ndjson', 'text/csv')
  @ApiBody({ description: 'The file itself: JSON lines (one supplier a line) or CSV (one product a line); docs/matching.md' })
  @ApiOperation({ summary: 'Onboard suppliers in bulk: each row validated, good rows stored, bad rows reported by line' })
  async onboard(@CurrentUser() user: Principal, @Query() q: OnboardingQuery, @Req() req: Request): Promise<OnboardingReport> {
    return this.onboarding.import(user, q.format, await readText(req, ONBOARDING_MAX_BYTES));
  }
}

/** The raw body as UTF-8 (the JSON parser leaves other content types unread), refused past `max` bytes. */
async function readText(req: Request, max: number): Promise<string> {
  if (typeof req.body === 'string') return req.body;
  if (req.body && typeof req.body === 'object' && Object.keys(req.body as object).length)
    throw new DomainError(
      'ONBOARDING_FORMAT_INVALID',
      'Send the file itself as the body (application/x-ndjson or text/csv), not JSON',
    );
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new DomainError('ONBOARDING_TOO_LARGE', `An onboarding file has at most ${max / 1024 / 1024} MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
