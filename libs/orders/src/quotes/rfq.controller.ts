import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type { RfqMessageView, RfqPage, RfqThreadView, RfqView } from '@livefair/protocol';
import { CreateRfqDto } from './dto/create-rfq.dto';
import { RfqListQueryDto } from './dto/rfq-list-query.dto';
import { ReasonDto, RfqMessageDto } from './dto/thread-text.dto';
import { RfqThreadService } from './rfq-thread.service';
import { RfqService } from './rfq.service';

@ApiTags('quotations')
@ApiBearerAuth()
@Controller('api')
export class RfqController {
  constructor(
    private readonly rfqs: RfqService,
    private readonly threads: RfqThreadService,
  ) {}

  @Post('rfqs')
  @Roles('buyer')
  @ApiOperation({
    summary: 'Ask an enterprise for a quote on one of its products (buyer); 409 RFQ_OPEN_LIMIT past 20 open, 429 past 30 a day',
  })
  create(@CurrentUser() user: Principal, @Body() dto: CreateRfqDto): Promise<RfqView> {
    return this.rfqs.create(user, dto);
  }

  @Get('my/rfqs')
  @Roles('buyer')
  @ApiOperation({ summary: "The caller's requests for quotation, newest activity first (filter by status, search)" })
  mine(@CurrentUser() user: Principal, @Query() query: RfqListQueryDto): Promise<RfqPage> {
    return this.rfqs.listForBuyer(user, query);
  }

  @Get('seller/rfqs')
  @Roles('exhibitor')
  @ApiOperation({
    summary: "Requests for quotation to the caller's enterprise, newest activity first (filter by status, search)",
  })
  inbox(@CurrentUser() user: Principal, @Query() query: RfqListQueryDto): Promise<RfqPage> {
    return this.rfqs.listForSeller(user, query);
  }

  @Get('rfqs/:id')
  @ApiOperation({
    summary:
      'The thread: the RFQ, its messages and quotes oldest first, and what the caller may do (buyer or seller staff; 403 RFQ_NOT_PARTY)',
  })
  thread(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<RfqThreadView> {
    return this.threads.thread(user, id);
  }

  @Post('rfqs/:id/messages')
  @ApiOperation({
    summary: 'A message in the thread (either side); 429 RATE_LIMITED past 10 a minute, 409 RFQ_THREAD_FULL past 200',
  })
  message(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: RfqMessageDto): Promise<RfqMessageView> {
    return this.threads.postMessage(user, id, dto.body);
  }

  @Post('rfqs/:id/close')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close the RFQ (either side, optional reason); a quote on offer is declined (buyer) or withdrawn (seller)',
  })
  close(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: ReasonDto): Promise<RfqView> {
    return this.threads.close(user, id, dto.reason);
  }
}
