import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type { LeadDetailView, LeadPage, LeadView } from '@livefair/protocol';
import type { Response } from 'express';
import { LeadNoteDto, LeadStatusDto } from '../dto/lead-actions.dto';
import { LeadExportQueryDto, LeadListQueryDto } from '../dto/lead-list-query.dto';
import { leadsCsv } from '../lead-csv';
import { LeadInboxService } from '../lead-inbox.service';

/** The exhibitor's leads inbox: its enterprise's leads only (403 NOT_OWNER for another's). */
@ApiTags('leads')
@ApiBearerAuth()
@Controller('api/seller/leads')
export class LeadsController {
  constructor(private readonly inbox: LeadInboxService) {}

  @Get()
  @Roles('exhibitor')
  @ApiOperation({ summary: "The caller's enterprise's leads, newest first (filters: status, boothId, from, to, q; paginated)" })
  list(@CurrentUser() user: Principal, @Query() query: LeadListQueryDto): Promise<LeadPage<LeadView>> {
    return this.inbox.listForSeller(user, query);
  }

  @Get('export.csv')
  @Roles('exhibitor')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The filtered leads as CSV for Excel (UTF-8 with BOM, CRLF, quoted); at most 20,000 (422 EXPORT_TOO_LARGE)',
  })
  async csv(@CurrentUser() user: Principal, @Query() query: LeadExportQueryDto, @Res() res: Response): Promise<void> {
    const rows = await this.inbox.forExport(user, query);
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="leads-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`线索-${day}.csv`)}`,
    );
    res.send(leadsCsv(rows, query.lang ?? 'zh-CN'));
  }

  @Get(':id')
  @Roles('exhibitor')
  @ApiOperation({ summary: 'One lead with its status history, notes and the statuses it may move to' })
  detail(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<LeadDetailView> {
    return this.inbox.detail(user, id);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles('exhibitor')
  @ApiOperation({
    summary:
      'Move the lead: new -> contacted -> quoted -> won, or lost (with a reason) from any open status; 409 LEAD_TRANSITION_INVALID otherwise. The buyer gets an inbox line.',
  })
  status(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: LeadStatusDto): Promise<LeadDetailView> {
    return this.inbox.changeStatus(user, id, dto);
  }

  @Post(':id/notes')
  @Roles('exhibitor')
  @ApiOperation({ summary: 'Add a note (append-only, staff only; 409 LEAD_NOTES_FULL past 100)' })
  note(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: LeadNoteDto): Promise<LeadDetailView> {
    return this.inbox.addNote(user, id, dto);
  }
}
