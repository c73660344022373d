import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type { ReadinessItemView, ReadinessPage, ReadinessReportRow } from '@livefair/protocol';
import type { Response } from 'express';
import { ReadinessEditDto, ReadinessQuery } from './dto/import.dto';
import { ReadinessService } from './readiness.service';

/** Domestic readiness of the exhibitor's imported products (docs/import.md). */
@ApiTags('catalog-import')
@ApiBearerAuth()
@Roles('exhibitor')
@Controller('api/my/readiness')
export class ReadinessController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get()
  @ApiOperation({ summary: 'Imported products with their proposals, checklist and blockers' })
  list(@CurrentUser() user: Principal, @Query() q: ReadinessQuery): Promise<ReadinessPage> {
    return this.readiness.list(user, q.page ?? 1, q.pageSize ?? 20, q.only ?? 'all');
  }

  @Get('report')
  @ApiOperation({ summary: 'How many products are domestic-ready and what blocks the rest' })
  report(@CurrentUser() user: Principal): Promise<ReadinessReportRow> {
    return this.readiness.myReport(user);
  }

  @Get('report.csv')
  @ApiOperation({ summary: 'Every imported product’s readiness as CSV (UTF-8 with BOM)' })
  async csv(@CurrentUser() user: Principal, @Res() res: Response): Promise<void> {
    const body = await this.readiness.myCsv(user);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="readiness.csv"');
    res.send(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One imported product’s readiness (id: the product id)' })
  one(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ReadinessItemView> {
    return this.readiness.one(user, id);
  }

  @Put(':id')
  @ApiOperation({
    summary:
      'Edit the proposals: Chinese title and description, category, prices, CCC answer, certifications, labelling confirmed',
  })
  edit(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: ReadinessEditDto): Promise<ReadinessItemView> {
    return this.readiness.edit(user, id, dto);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept: the product takes the category and CNY prices and is published on the booth' })
  accept(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ReadinessItemView> {
    return this.readiness.accept(user, id);
  }
}
