import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Principal, Public, Roles } from '@livefair/core';
import type { AnalyticsBatchResult, BoothAnalyticsView, ExpoAnalyticsView, LeadVisitsView } from '@livefair/protocol';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { boothsCsv, CsvLang, hoursCsv } from '../dashboard/analytics-csv';
import { DashboardService } from '../dashboard/dashboard.service';
import { AnalyticsBatchDto } from '../ingest/event.dto';
import { IngestService } from '../ingest/ingest.service';
import { BatchBodyPipe } from './batch-body.pipe';

class ExpoIdParam {
  @IsUUID()
  expoId!: string;
}
class BoothIdParam {
  @IsUUID()
  boothId!: string;
}
class LeadIdParam {
  @IsUUID()
  leadId!: string;
}
class CsvQuery {
  @ApiPropertyOptional({ enum: ['zh-CN', 'en'], default: 'zh-CN' })
  @IsOptional()
  @IsIn(['zh-CN', 'en'])
  lang?: CsvLang;
}

function sendCsv(res: Response, name: string, body: string): void {
  const day = new Date().toISOString().slice(0, 10);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}-${day}.csv"`);
  res.send(body);
}

/** Event ingest (anyone, anonymous or logged in) and the dashboards (organizers, exhibitors). See docs/analytics.md. */
@ApiTags('analytics')
@Controller('api/analytics')
export class AnalyticsController {
  constructor(
    private readonly ingest: IngestService,
    private readonly dashboards: DashboardService,
  ) {}

  @Post('events')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Record a batch of visit events (each validated on its own: good ones stored, bad ones answered by index and code; replays by id stored once)',
  })
  @ApiAcceptedResponse({ description: '{ accepted, duplicates, rejected: [{ index, code, message }] }' })
  @ApiBody({ type: AnalyticsBatchDto })
  events(
    // Typed as a mapped type (reflected as Object), so the global pipe passes the body to BatchBodyPipe.
    @Body(BatchBodyPipe) dto: Readonly<AnalyticsBatchDto>,
    @CurrentUser(true) user: Principal | null,
    @Req() req: Request,
  ): Promise<AnalyticsBatchResult> {
    return this.ingest.ingest(dto, user, req.ip ?? 'unknown');
  }

  @Get('expos/:expoId')
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiOperation({ summary: "An expo's roll-ups for its organizer: totals, by hour, by hall, top booths, routes, paths" })
  expo(@CurrentUser() user: Principal, @Param() { expoId }: ExpoIdParam): Promise<ExpoAnalyticsView> {
    return this.dashboards.expo(user, expoId);
  }

  @Get('expos/:expoId/booths.csv')
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiProduces('text/csv')
  @ApiOperation({ summary: "Every booth's figures as CSV for Excel (UTF-8 with BOM, CRLF, quoted)" })
  async expoCsv(
    @CurrentUser() user: Principal,
    @Param() { expoId }: ExpoIdParam,
    @Query() q: CsvQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendCsv(res, 'expo-booths', boothsCsv(await this.dashboards.expoBooths(user, expoId), q.lang ?? 'zh-CN'));
  }

  @Get('booths/:boothId')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "A booth's roll-ups for its own exhibitor: figures, by hour, visit frequency, routes in and out" })
  booth(@CurrentUser() user: Principal, @Param() { boothId }: BoothIdParam): Promise<BoothAnalyticsView> {
    return this.dashboards.booth(user, boothId);
  }

  @Get('booths/:boothId/hours.csv')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiProduces('text/csv')
  @ApiOperation({ summary: "The booth's figures by hour as CSV (UTF-8 with BOM)" })
  async boothCsv(
    @CurrentUser() user: Principal,
    @Param() { boothId }: BoothIdParam,
    @Query() q: CsvQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendCsv(res, 'booth-hours', hoursCsv((await this.dashboards.booth(user, boothId)).byHour, q.lang ?? 'zh-CN'));
  }

  @Get('leads/:leadId/visits')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The visits behind a lead: its buyer's visits at the lead's booth (the lead's enterprise only)" })
  leadVisits(@CurrentUser() user: Principal, @Param() { leadId }: LeadIdParam): Promise<LeadVisitsView> {
    return this.dashboards.leadVisits(user, leadId);
  }
}
