import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, CurrentUser, DomainError, IdParam, Principal, Roles } from '@livefair/core';
import type { ImportLimitsView, ImportView, PreviewPage, PricingSettingsView } from '@livefair/protocol';
import type { Response } from 'express';
import { exhibitorEnterprise } from '../exhibitor-enterprise';
import { ImportMappingDto, PreviewQuery, PricingSettingsDto, RunImportDto } from './dto/import.dto';
import { ImportSettingsService } from './import-settings.service';
import { IMPORT_LIMITS } from './import-limits';
import { ImportUploadInterceptor, RequestWithCatalogFile } from './import-upload.interceptor';
import { ImportService } from './import.service';

/** The exhibitor's export-catalog imports (docs/import.md). */
@ApiTags('catalog-import')
@ApiBearerAuth()
@Roles('exhibitor')
@Controller('api/my')
export class MyImportsController {
  constructor(
    private readonly imports: ImportService,
    private readonly settings: ImportSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('import-limits')
  @ApiOperation({ summary: 'The bounds of an upload in this deployment (file size, rows, columns, rates, retention)' })
  limits(): ImportLimitsView {
    const c = this.config.catalogImport;
    return {
      maxFileBytes: c.maxFileBytes,
      maxRows: c.maxRows,
      maxColumns: IMPORT_LIMITS.maxColumns,
      uploadsPerHour: c.uploadsPerHour,
      uploadsPerHourPerIp: c.uploadsPerHourPerIp,
      retentionHours: Math.round(c.retentionMs / 3_600_000),
    };
  }

  @Post('imports')
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Upload an export catalog (XLSX or CSV); answers its headers, sample rows and the guessed mapping',
    description:
      'Bounded by IMPORT_MAX_MB, IMPORT_MAX_ROWS, 60 columns and the unpacked size of a workbook; IMPORT_MAX_PER_HOUR per user.',
  })
  upload(@CurrentUser() user: Principal, @Req() req: RequestWithCatalogFile): Promise<ImportView> {
    if (!req.file) throw new DomainError('IMPORT_FILE_MISSING', 'Send the catalog in the multipart field `file`');
    return this.imports.upload(user, Buffer.from(req.file.originalname, 'latin1').toString('utf8'), req.file.buffer);
  }

  @Get('imports/:id')
  @ApiOperation({ summary: 'An import: status, progress, counts' })
  get(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ImportView> {
    return this.imports.get(user, id);
  }

  @Put('imports/:id/mapping')
  @ApiOperation({ summary: 'Save the column mapping (also remembered for the enterprise’s next upload)' })
  mapping(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: ImportMappingDto): Promise<ImportView> {
    return this.imports.setMapping(user, id, dto.mapping);
  }

  @Get('imports/:id/preview')
  @ApiOperation({ summary: 'Every row as it would import, with its problems (paged); nothing is written' })
  preview(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Query() q: PreviewQuery): Promise<PreviewPage> {
    return this.imports.preview(user, id, q.page ?? 1, q.pageSize ?? 50, q.only ?? 'all');
  }

  @Post('imports/:id/run')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue the import: all-or-nothing, or the good rows only' })
  run(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: RunImportDto): Promise<ImportView> {
    return this.imports.start(user, id, dto.mode);
  }

  @Post('imports/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a queued or running import (it stops at its next batch)' })
  cancel(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ImportView> {
    return this.imports.cancel(user, id);
  }

  @Get('imports/:id/bad-rows.csv')
  @ApiOperation({ summary: 'The bad rows of a run as CSV: 行号, 列, 问题代码, 原因 (UTF-8 with BOM)' })
  async badRows(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Res() res: Response): Promise<void> {
    const csv = await this.imports.badRows(user, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="import-${id}-bad-rows.csv"`);
    res.send(csv);
  }

  @Get('import-settings')
  @ApiOperation({ summary: 'Exchange rate, VAT, export refund, margins and producer the proposals use' })
  getSettings(@CurrentUser() user: Principal): Promise<PricingSettingsView> {
    return this.settings.pricing(exhibitorEnterprise(user));
  }

  @Put('import-settings')
  @ApiOperation({
    summary: 'Set them (never fetched from anywhere); products not edited by hand get new proposals on their next import',
  })
  putSettings(@CurrentUser() user: Principal, @Body() dto: PricingSettingsDto): Promise<PricingSettingsView> {
    return this.settings.savePricing(exhibitorEnterprise(user), dto);
  }
}
