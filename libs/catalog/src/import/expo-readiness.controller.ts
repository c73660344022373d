import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, DomainError, IdParam, Principal, Roles } from '@livefair/core';
import { BoothService, ExpoService } from '@livefair/expo';
import type { ReadinessReportRow } from '@livefair/protocol';
import type { Response } from 'express';
import { csvCell } from './bad-rows-csv';
import { ReadinessService } from './readiness.service';

export interface ExpoReadinessReport {
  expoId: string;
  exhibitors: ReadinessReportRow[];
  products: number;
  ready: number;
}

/** For organizers: domestic readiness of every exhibitor with a booth in one of their expos (docs/import.md). */
@ApiTags('catalog-import')
@ApiBearerAuth()
@Roles('organizer')
@Controller('api/expos/:id/readiness')
export class ExpoReadinessController {
  constructor(
    private readonly expos: ExpoService,
    private readonly booths: BoothService,
    private readonly readiness: ReadinessService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Per exhibitor of the expo: imported products, how many are domestic-ready, what blocks the rest' })
  report(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ExpoReadinessReport> {
    return this.build(user, id);
  }

  @Get('csv')
  @ApiOperation({ summary: 'The same as CSV (UTF-8 with BOM), one row per exhibitor' })
  async csv(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Res() res: Response): Promise<void> {
    const r = await this.build(user, id);
    const blockers = Object.keys(r.exhibitors[0]?.blockers ?? {});
    const lines = [
      ['企业', '导入产品', '内销就绪', ...blockers].map(csvCell).join(','),
      ...r.exhibitors.map((e) =>
        [e.enterpriseName, e.products, e.ready, ...blockers.map((b) => e.blockers[b as keyof typeof e.blockers])]
          .map(csvCell)
          .join(','),
      ),
    ];
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="expo-${id}-readiness.csv"`);
    res.send(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]));
  }

  private async build(user: Principal, expoId: string): Promise<ExpoReadinessReport> {
    const own = await this.expos.listOrganizedBy(user.userId);
    const detail = await this.expos.detail(expoId); // 404 EXPO_NOT_FOUND for no such (or unpublished) expo
    if (!own.some((e) => e.id === expoId)) throw new DomainError('NOT_OWNER', 'This expo belongs to another organizer');
    const enterprises = new Map<string, string>();
    for (const hall of detail.halls) {
      for (const booth of await this.booths.ofHall(hall.id)) enterprises.set(booth.enterprise.id, booth.enterprise.name);
    }
    const exhibitors: ReadinessReportRow[] = [];
    for (const [enterpriseId, name] of enterprises) exhibitors.push(await this.readiness.reportOf(enterpriseId, name));
    return {
      expoId,
      exhibitors,
      products: exhibitors.reduce((n, e) => n + e.products, 0),
      ready: exhibitors.reduce((n, e) => n + e.ready, 0),
    };
  }
}
