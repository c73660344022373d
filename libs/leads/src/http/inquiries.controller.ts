import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import { IDEMPOTENCY_HEADER, REPLAY_HEADER } from '@livefair/orders';
import type { BuyerLeadView, LeadEventView, LeadPage } from '@livefair/protocol';
import type { Response } from 'express';
import { CreateInquiryDto } from '../dto/create-inquiry.dto';
import { LeadListQueryDto } from '../dto/lead-list-query.dto';
import { InquiryService } from '../inquiry.service';
import { LeadInboxService } from '../lead-inbox.service';

/** The buyer's side: leaving an inquiry at a booth, and "my booth inquiries". */
@ApiTags('leads')
@ApiBearerAuth()
@Controller('api')
export class InquiriesController {
  constructor(
    private readonly inquiries: InquiryService,
    private readonly inbox: LeadInboxService,
  ) {}

  @Post('booth-inquiries')
  @Roles('buyer')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: '8-64 of A-Z a-z 0-9 _ - : . (a UUID); a retry with the same key and body returns the first answer',
  })
  @ApiCreatedResponse({
    description: 'The inquiry as stored (status new); a replay also answers 201, with `Idempotent-Replayed: true`',
  })
  @ApiOperation({
    summary:
      'Leave an inquiry at a booth (buyer): message, optional product and quantity, contact with phone and/or email; 429 past the daily bounds',
  })
  async create(
    @CurrentUser() user: Principal,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
    @Body() dto: CreateInquiryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BuyerLeadView> {
    const done = await this.inquiries.create(user, key, dto);
    if (done.replayed) res.setHeader(REPLAY_HEADER, 'true');
    return done.view;
  }

  @Get('my/booth-inquiries')
  @Roles('buyer')
  @ApiOperation({
    summary: "The caller's booth inquiries with their status, newest first (filters: status, boothId, from, to, q)",
  })
  mine(@CurrentUser() user: Principal, @Query() query: LeadListQueryDto): Promise<LeadPage<BuyerLeadView>> {
    return this.inbox.listForBuyer(user, query);
  }

  @Get('my/booth-inquiries/:id')
  @Roles('buyer')
  @ApiOperation({ summary: "One of the caller's inquiries with its status history (403 NOT_OWNER for another buyer's)" })
  one(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<BuyerLeadView & { history: LeadEventView[] }> {
    return this.inbox.buyerDetail(user, id);
  }
}
