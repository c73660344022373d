import { forwardRef, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, KeyedQueue, Principal, TransactionalConnection } from '@livefair/core';
import { LiveNowService, LiveSessionService } from '@livefair/live';
import type { CalendarEntryView, ScheduleEntryView } from '@livefair/protocol';
import { In, LessThan, MoreThan } from 'typeorm';
import { Booth } from '../entities/booth.entity';
import { CalendarEntry } from '../entities/calendar-entry.entity';
import { Enterprise } from '../entities/enterprise.entity';
import { Expo } from '../entities/expo.entity';
import { Hall } from '../entities/hall.entity';
import { toCalendarEntryView } from '../organizer/console-views';
import { EXPO_WRITE, ExpoAccess, VISIBLE_STATUSES } from '../organizer/expo-access';
import { ScheduleSessionDto } from './calendar-input.dto';

const MAX_SESSION_MS = 12 * 3600_000;
/** Sessions a buyer's schedule lists at most. */
const SCHEDULE_MAX = 200;

/**
 * The expo calendar: the organizer schedules booths' live sessions (the live context creates
 * them) and sees them by hall; overlapping sessions of a booth, or more parallel sessions in a
 * hall than EXPO_MAX_PARALLEL_SESSIONS_PER_HALL, are refused.
 */
@Injectable()
export class ExpoCalendarService {
  private readonly serial = new KeyedQueue<string>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly access: ExpoAccess,
    @Inject(forwardRef(() => LiveSessionService)) private readonly live: LiveSessionService,
    @Inject(forwardRef(() => LiveNowService)) private readonly liveNow: LiveNowService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ofExpo(principal: Principal, expoId: string): Promise<CalendarEntryView[]> {
    await this.access.own(principal, expoId, 'read');
    return this.entries(expoId);
  }

  async publicOf(expoId: string): Promise<CalendarEntryView[]> {
    const expo = await this.tx.getRepository(Expo).findOne({ where: { id: expoId, status: In(VISIBLE_STATUSES) } });
    if (!expo) throw DomainError.notFound('EXPO_NOT_FOUND', 'Expo', expoId);
    return this.entries(expoId);
  }

  /**
   * The buyers' schedule: sessions live now and those still to come (not ended, not cancelled),
   * by start, at most SCHEDULE_MAX; one query for the entries, one for their sessions' states and
   * one read of the viewer counts.
   */
  async publicSchedule(expoId: string): Promise<ScheduleEntryView[]> {
    const expo = await this.tx.getRepository(Expo).findOne({ where: { id: expoId, status: In(VISIBLE_STATUSES) } });
    if (!expo) throw DomainError.notFound('EXPO_NOT_FOUND', 'Expo', expoId);
    const entries = await this.entries(expoId, { endsAfter: new Date(), take: SCHEDULE_MAX * 2 });
    const now = await this.liveNow.ofSessions(entries.map((e) => e.sessionId));
    const halls = await this.tx.getRepository(Hall).find({ where: { expoId }, select: { id: true, name: true, nameEn: true } });
    const hall = new Map(halls.map((h) => [h.id, h]));
    const out: ScheduleEntryView[] = [];
    for (const e of entries) {
      const s = now.get(e.sessionId);
      if (!s || (s.status !== 'live' && s.status !== 'scheduled')) continue; // ended early or cancelled
      const h = hall.get(e.hallId);
      out.push({ ...e, hallName: h?.name ?? '', hallNameEn: h?.nameEn ?? '', status: s.status, viewers: s.viewers });
      if (out.length === SCHEDULE_MAX) break;
    }
    return out;
  }

  async schedule(principal: Principal, expoId: string, dto: ScheduleSessionDto): Promise<CalendarEntryView> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const length = endsAt.getTime() - startsAt.getTime();
    if (!(length > 0) || length > MAX_SESSION_MS) {
      throw new DomainError('SESSION_TIMES_INVALID', 'A session ends after it starts, at most 12 hours later');
    }
    const id = await this.serial.run(expoId, () =>
      this.tx.run(async () => {
        const expo = await this.access.own(principal, expoId, 'write');
        if (startsAt < expo.startsAt || endsAt > expo.endsAt) {
          throw new DomainError('SESSION_TIMES_INVALID', 'A session must lie within the expo’s dates');
        }
        const booth = await this.tx.getRepository(Booth).findOne({ where: { id: dto.boothId } });
        if (!booth || booth.expoId !== expo.id) throw new DomainError('BOOTH_NOT_IN_EXPO', 'This booth is not in this expo');
        const overlapping = await this.tx.getRepository(CalendarEntry).find({
          where: { expoId, hallId: booth.hallId, startsAt: LessThan(endsAt), endsAt: MoreThan(startsAt) },
        });
        const same = overlapping.find((e) => e.boothId === booth.id);
        if (same) {
          throw new DomainError('SESSION_BOOTH_OVERLAP', `Booth ${booth.code} already has "${same.title}" at that time`);
        }
        const max = this.config.expo.maxParallelSessionsPerHall;
        if (peakParallel(overlapping, startsAt, endsAt) >= max) {
          throw new DomainError('SESSION_HALL_FULL', `At most ${max} sessions may run at once in one hall`);
        }
        const session = await this.live.scheduleForBooth(principal.userId, booth.id, booth.enterpriseId, {
          title: dto.title,
          scheduledAt: startsAt.toISOString(),
        });
        const repo = this.tx.getRepository(CalendarEntry);
        const saved = await repo.save(
          repo.create({
            expoId,
            hallId: booth.hallId,
            boothId: booth.id,
            sessionId: session.id,
            title: dto.title,
            startsAt,
            endsAt,
            createdBy: principal.userId,
          }),
        );
        return saved.id;
      }, EXPO_WRITE),
    );
    return (await this.entries(expoId)).find((e) => e.id === id)!;
  }

  private async entries(expoId: string, only?: { endsAfter: Date; take: number }): Promise<CalendarEntryView[]> {
    const rows = await this.tx.getRepository(CalendarEntry).find({
      where: only ? { expoId, endsAt: MoreThan(only.endsAfter) } : { expoId },
      order: { startsAt: 'ASC' },
      take: only?.take ?? 2000,
    });
    if (!rows.length) return [];
    const booths = await this.tx.getRepository(Booth).find({ where: { id: In([...new Set(rows.map((r) => r.boothId))]) } });
    const enterprises = await this.tx
      .getRepository(Enterprise)
      .find({ where: { id: In([...new Set(booths.map((b) => b.enterpriseId))]) }, select: { id: true, name: true } });
    const booth = new Map(booths.map((b) => [b.id, b]));
    const name = new Map(enterprises.map((e) => [e.id, e.name]));
    return rows.map((r) => {
      const b = booth.get(r.boothId);
      return toCalendarEntryView(r, b?.code ?? '', b ? (name.get(b.enterpriseId) ?? '') : '');
    });
  }
}

/** The most of `entries` running at one moment inside [from, to). */
function peakParallel(entries: Pick<CalendarEntry, 'startsAt' | 'endsAt'>[], from: Date, to: Date): number {
  const edges = entries.flatMap((e) => [
    { t: Math.max(e.startsAt.getTime(), from.getTime()), d: 1 },
    { t: Math.min(e.endsAt.getTime(), to.getTime()), d: -1 },
  ]);
  edges.sort((a, b) => a.t - b.t || a.d - b.d);
  let now = 0;
  let peak = 0;
  for (const e of edges) peak = Math.max(peak, (now += e.d));
  return peak;
}
