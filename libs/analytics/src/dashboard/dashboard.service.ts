import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertEnterpriseMember, DomainError, Principal } from '@livefair/core';
import { BoothService, ExpoService } from '@livefair/expo';
import type { BoothAnalyticsView, BoothStatsView, ExpoAnalyticsView, HallStatsView, LeadVisitsView } from '@livefair/protocol';
import { DataSource } from 'typeorm';
import { RawEvent } from '../entities/raw-event.entity';
import { dwellOf } from '../rollup/fold';
import { RollupStore } from '../rollup/rollup-store';
import { BoothLabel, toBoothStats, toHourSeries, toRoute } from './views';

const TOP_BOOTHS = 20;
const LABELS_TTL_MS = 30_000;

/**
 * What the dashboards show, read from the roll-ups only. Organizers see their own expos' aggregates
 * (never a lead); exhibitors see their own booths and the visits behind their own leads.
 */
@Injectable()
export class DashboardService {
  private readonly labels = new Map<string, { until: number; halls: Map<string, string>; booths: Map<string, BoothLabel> }>();

  constructor(
    private readonly store: RollupStore,
    private readonly expos: ExpoService,
    private readonly booths: BoothService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  async expo(principal: Principal, expoId: string): Promise<ExpoAnalyticsView> {
    const expoName = await this.assertOrganizer(principal, expoId);
    const rows = await this.store.boothRows({ expoId });
    const labels = await this.labelsOf(expoId);
    const hallIds = [...new Set([...labels.halls.keys(), ...rows.map((r) => r.hallId)])];
    const scopes = await this.store.scopeStats([`e:${expoId}`, ...hallIds.map((h) => `h:${h}`)]);
    const top = [...rows].sort((a, b) => b.visits - a.visits || a.boothId.localeCompare(b.boothId)).slice(0, TOP_BOOTHS);
    const topScopes = await this.store.scopeStats(top.map((r) => `b:${r.boothId}`));
    const medians = await this.store.medians(top.map((r) => r.boothId));
    const sum = (pick: (r: (typeof rows)[number]) => number, of = rows) => of.reduce((s, r) => s + pick(r), 0);
    const byHall: HallStatsView[] = hallIds.map((hallId) => {
      const of = rows.filter((r) => r.hallId === hallId);
      const visits = sum((r) => r.visits, of);
      return {
        hallId,
        name: labels.halls.get(hallId) ?? '',
        visits,
        engaged: sum((r) => r.engaged, of),
        inquiries: sum((r) => r.inquiries, of),
        orders: sum((r) => r.orders, of),
        orderValueFen: sum((r) => r.orderValueFen, of),
        uniqueVisitors: scopes.get(`h:${hallId}`)?.uniqueVisitors ?? 0,
        repeatVisitors: scopes.get(`h:${hallId}`)?.repeatVisitors ?? 0,
        avgDwellSeconds: visits ? Math.round((sum((r) => r.dwellSeconds, of) / visits) * 10) / 10 : 0,
        watchMinutes: Math.round((sum((r) => r.watchSeconds, of) / 60) * 10) / 10,
      };
    });
    const label = this.labeller(labels);
    const [hours, routes, paths, cursor] = await Promise.all([
      this.store.hourRows({ expoId }),
      this.store.routes(expoId, 60),
      this.store.paths(expoId, 10),
      this.store.cursor(),
    ]);
    return {
      expoId,
      expoName,
      totals: {
        visits: sum((r) => r.visits),
        engaged: sum((r) => r.engaged),
        inquiries: sum((r) => r.inquiries),
        orders: sum((r) => r.orders),
        orderValueFen: sum((r) => r.orderValueFen),
        uniqueVisitors: scopes.get(`e:${expoId}`)?.uniqueVisitors ?? 0,
        repeatVisitors: scopes.get(`e:${expoId}`)?.repeatVisitors ?? 0,
        watchMinutes: Math.round((sum((r) => r.watchSeconds) / 60) * 10) / 10,
      },
      byHour: toHourSeries(hours),
      byHall,
      topBooths: top.map((r) =>
        toBoothStats(r, labels.booths.get(r.boothId), topScopes.get(`b:${r.boothId}`), medians.get(r.boothId)),
      ),
      routes: routes.map((r) => toRoute(r, label)),
      paths: paths.map((p) => {
        const steps = p.path.split('>');
        return { steps, labels: steps.map(label), count: p.count };
      }),
      freshness: { seq: cursor.seq, updatedAt: cursor.updatedAt?.toISOString() ?? null },
    };
  }

  /** Every booth of the expo with visits, for the CSV export. */
  async expoBooths(principal: Principal, expoId: string): Promise<BoothStatsView[]> {
    await this.assertOrganizer(principal, expoId);
    const rows = await this.store.boothRows({ expoId });
    const labels = await this.labelsOf(expoId);
    const ids = rows.map((r) => r.boothId);
    const [scopes, medians] = await Promise.all([this.store.scopeStats(ids.map((id) => `b:${id}`)), this.store.medians(ids)]);
    return rows
      .map((r) => toBoothStats(r, labels.booths.get(r.boothId), scopes.get(`b:${r.boothId}`), medians.get(r.boothId)))
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  async booth(principal: Principal, boothId: string): Promise<BoothAnalyticsView> {
    const detail = await this.assertExhibitor(principal, boothId);
    const [row] = await this.store.boothRows({ boothIds: [boothId] });
    const scope = `b:${boothId}`;
    const [scopes, medians, hours, frequency, routes, cursor] = await Promise.all([
      this.store.scopeStats([scope]),
      this.store.medians([boothId]),
      this.store.hourRows({ boothId }),
      this.store.frequency(scope),
      this.store.routes(detail.expoId, 40, `booth:${boothId}`),
      this.store.cursor(),
    ]);
    const labels = await this.labelsOf(detail.expoId);
    const label = this.labeller(labels);
    const empty = {
      boothId,
      expoId: detail.expoId,
      hallId: detail.hallId,
      enterpriseId: detail.enterprise.id,
      visits: 0,
      engaged: 0,
      dwellSeconds: 0,
      watchSeconds: 0,
      watchStarts: 0,
      productViews: 0,
      inquiries: 0,
      orders: 0,
      orderValueFen: 0,
      peakConcurrent: 0,
    };
    return {
      booth: toBoothStats(
        row ?? empty,
        { code: detail.code, enterpriseName: detail.enterprise.name },
        scopes.get(scope),
        medians.get(boothId),
      ),
      byHour: toHourSeries(hours),
      frequency,
      routesIn: routes.filter((r) => r.toKey === `booth:${boothId}`).map((r) => toRoute(r, label)),
      routesOut: routes.filter((r) => r.fromKey === `booth:${boothId}`).map((r) => toRoute(r, label)),
      freshness: { seq: cursor.seq, updatedAt: cursor.updatedAt?.toISOString() ?? null },
    };
  }

  /** The visits behind a lead: its buyer's visits at its booth (the lead's own enterprise only). */
  async leadVisits(principal: Principal, leadId: string): Promise<LeadVisitsView> {
    const lead = await this.ds.getRepository(RawEvent).findOne({ where: { id: leadId, type: 'inquiry' } });
    if (!lead || !lead.boothId || !lead.enterpriseId || !lead.userId)
      throw DomainError.notFound('ANALYTICS_LEAD_NOT_FOUND', 'Lead', leadId);
    assertEnterpriseMember(principal, lead.enterpriseId);
    const visits = await this.store.visitsOf(lead.userId, lead.boothId);
    return {
      leadId,
      boothId: lead.boothId,
      buyerId: lead.userId,
      visits: visits.map((v) => ({
        visitId: v.visitId,
        boothId: v.boothId,
        startedAt: v.startedAt.toISOString(),
        lastSeenAt: v.lastSeenAt.toISOString(),
        dwellSeconds: dwellOf({ ...v, hallId: '', expoId: '', enterpriseId: '', visitorId: '', userId: null, watchStarts: 0 }),
        productViews: v.productViews,
        watchMinutes: Math.round((v.watchSeconds / 60) * 10) / 10,
      })),
    };
  }

  private async assertOrganizer(principal: Principal, expoId: string): Promise<string> {
    const own = (await this.expos.listOrganizedBy(principal.userId)).find((e) => e.id === expoId);
    if (own) return own.name;
    const exists = await this.expos.detail(expoId).then(
      () => true,
      () => false,
    );
    if (!exists) throw DomainError.notFound('ANALYTICS_EXPO_NOT_FOUND', 'Expo', expoId);
    throw new DomainError('NOT_OWNER', 'This expo is run by another organizer');
  }

  private async assertExhibitor(principal: Principal, boothId: string) {
    const detail = await this.booths.detail(boothId).catch(() => null);
    if (!detail) throw DomainError.notFound('ANALYTICS_BOOTH_NOT_FOUND', 'Booth', boothId);
    assertEnterpriseMember(principal, detail.enterprise.id);
    return detail;
  }

  private async labelsOf(expoId: string) {
    const hit = this.labels.get(expoId);
    if (hit && hit.until > Date.now()) return hit;
    const halls = new Map<string, string>();
    const booths = new Map<string, BoothLabel>();
    const detail = await this.expos.detail(expoId).catch(() => null);
    for (const h of detail?.halls ?? []) {
      halls.set(h.id, h.name);
      for (const b of await this.booths.ofHall(h.id).catch(() => []))
        booths.set(b.id, { code: b.code, enterpriseName: b.enterprise.name });
    }
    const entry = { until: Date.now() + LABELS_TTL_MS, halls, booths };
    this.labels.set(expoId, entry);
    return entry;
  }

  private labeller(labels: { halls: Map<string, string>; booths: Map<string, BoothLabel> }) {
    return (key: string): string => {
      if (key === 'entry') return 'entry';
      const [kind, id] = key.split(':');
      if (kind === 'hall') return labels.halls.get(id) ?? id.slice(0, 8);
      const b = labels.booths.get(id);
      return b ? `${b.code} ${b.enterpriseName}` : id.slice(0, 8);
    };
  }
}
