import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type { NeedAnswer } from '@livefair/orders';
import type { CampaignDashboard, CampaignView, PushResult, SupplierAnswerView } from '@livefair/protocol';
import { CampaignDashboards } from './campaign-dashboard.service';
import { CampaignPushes } from './campaign-push.service';
import { CampaignService } from './campaign.service';
import { AnswerQuoteDto, DemandIdParam } from './dto/answer-quote.dto';
import { CreateCampaignDto, DeclineNeedDto, PushDto, WebhookDto } from './dto/campaign.dto';
import { NeedResponses } from './need-responses.service';

/** Organizer campaigns (dashboard, push, webhook) and suppliers' answers from orders for you. docs/matching.md. */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('api/matching')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignService,
    private readonly dashboards: CampaignDashboards,
    private readonly pushes: CampaignPushes,
    private readonly responses: NeedResponses,
  ) {}

  @Post('campaigns')
  @Roles('organizer')
  @ApiOperation({ summary: 'Start a matchmaking campaign for one of your expos or for a region' })
  create(@CurrentUser() user: Principal, @Body() dto: CreateCampaignDto): Promise<CampaignView> {
    return this.campaigns.create(user, dto);
  }

  @Get('campaigns')
  @Roles('organizer')
  @ApiOperation({ summary: "The caller's campaigns, newest first" })
  list(@CurrentUser() user: Principal): Promise<CampaignView[]> {
    return this.campaigns.list(user);
  }

  @Get('campaigns/:id')
  @Roles('organizer')
  @ApiOperation({ summary: 'The dashboard: needs, matches, pushes, responses, meetings and orders of the campaign' })
  dashboard(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<CampaignDashboard> {
    return this.dashboards.get(user, id);
  }

  @Put('campaigns/:id/webhook')
  @Roles('organizer')
  @ApiOperation({ summary: 'Set the campaign webhook (http/https URL and the HMAC secret); events are POSTed, signed' })
  setWebhook(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: WebhookDto): Promise<CampaignView> {
    return this.campaigns.setWebhook(user, id, dto);
  }

  @Delete('campaigns/:id/webhook')
  @Roles('organizer')
  @ApiOperation({ summary: 'Remove the campaign webhook (pending retries stop)' })
  clearWebhook(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<CampaignView> {
    return this.campaigns.clearWebhook(user, id);
  }

  @Post('campaigns/:id/push')
  @Roles('organizer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Push suggestions to both sides (named, or the top N of each need); each one once' })
  push(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: PushDto): Promise<PushResult> {
    return this.pushes.push(user, id, dto);
  }

  @Post('orders-for-you/:demandId/quote')
  @Roles('exhibitor')
  @ApiOperation({ summary: 'Answer a need with a quote: opens the quotation thread to the buyer with the quote in it' })
  quote(@CurrentUser() user: Principal, @Param() { demandId }: DemandIdParam, @Body() dto: AnswerQuoteDto): Promise<NeedAnswer> {
    return this.responses.quote(user, demandId, dto);
  }

  @Post('orders-for-you/:demandId/decline')
  @Roles('exhibitor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a need (optional reason); the buyer is told when you were in their list' })
  decline(
    @CurrentUser() user: Principal,
    @Param() { demandId }: DemandIdParam,
    @Body() dto: DeclineNeedDto,
  ): Promise<SupplierAnswerView> {
    return this.responses.decline(user, demandId, dto.reason);
  }
}
