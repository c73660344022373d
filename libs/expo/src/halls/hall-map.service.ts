import { forwardRef, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, KeyedQueue, Principal, TransactionalConnection } from '@livefair/core';
import { LiveNowService } from '@livefair/live';
import type { HallConsoleView, HallMapView, SlotBoothView } from '@livefair/protocol';
import { In, MoreThan } from 'typeorm';
import { Booth } from '../entities/booth.entity';
import { BoothSlot } from '../entities/booth-slot.entity';
import { CalendarEntry } from '../entities/calendar-entry.entity';
import { ExpoCategory } from '../entities/expo-category.entity';
import { Expo } from '../entities/expo.entity';
import { Hall } from '../entities/hall.entity';
import { toHallConsoleView } from '../organizer/console-views';
import { EXPO_WRITE, ExpoAccess, VISIBLE_STATUSES } from '../organizer/expo-access';
import { CreateHallDto, CreateSlotDto, UpdateHallDto, UpdateSlotDto } from './hall-input.dto';
import { assertPlaceable } from './slot-geometry';

/** Halls of an expo and the booth slots on each hall's map. */
@Injectable()
export class HallMapService {
  /** One hall's layout edits at a time in this process (an overlap check and its write go together). */
  private readonly serial = new KeyedQueue<string>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly access: ExpoAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(forwardRef(() => LiveNowService)) private readonly liveNow: LiveNowService,
  ) {}

  async halls(principal: Principal, expoId: string): Promise<HallConsoleView[]> {
    await this.access.own(principal, expoId, 'read');
    const rows = await this.tx.getRepository(Hall).find({ where: { expoId }, order: { sortOrder: 'ASC', name: 'ASC' } });
    return rows.map(toHallConsoleView);
  }

  async createHall(principal: Principal, expoId: string, dto: CreateHallDto): Promise<HallConsoleView> {
    const hall = await this.serial.run(`expo:${expoId}`, () =>
      this.tx.run(async () => {
        await this.access.own(principal, expoId, 'write');
        const halls = this.tx.getRepository(Hall);
        const max = this.config.expo.maxHalls;
        if ((await halls.count({ where: { expoId } })) >= max) {
          throw new DomainError('HALL_LIMIT_REACHED', `An expo may have at most ${max} halls`);
        }
        if (dto.categoryCode) await this.assertCategory(expoId, dto.categoryCode);
        return halls.save(
          halls.create({
            expoId,
            name: dto.name,
            nameEn: dto.nameEn ?? '',
            industry: '',
            categoryCode: dto.categoryCode || null,
            gridCols: dto.gridCols ?? 12,
            gridRows: dto.gridRows ?? 8,
            sortOrder: dto.sortOrder ?? 0,
          }),
        );
      }, EXPO_WRITE),
    );
    return toHallConsoleView(hall);
  }

  async updateHall(principal: Principal, hallId: string, dto: UpdateHallDto): Promise<HallConsoleView> {
    return this.serial.run(`hall:${hallId}`, () =>
      this.tx.run(async () => {
        const hall = await this.ownHall(principal, hallId, 'write');
        if (dto.categoryCode) await this.assertCategory(hall.expoId, dto.categoryCode);
        const cols = dto.gridCols ?? hall.gridCols;
        const rows = dto.gridRows ?? hall.gridRows;
        const slots = await this.tx.getRepository(BoothSlot).find({ where: { hallId } });
        const outside = slots.find((s) => s.x + s.w > cols || s.y + s.h > rows);
        if (outside) throw new DomainError('GRID_TOO_SMALL', `Slot ${outside.code} would fall outside a ${cols} x ${rows} grid`);
        const { name, nameEn, sortOrder } = dto;
        const fields = { name, nameEn, sortOrder, categoryCode: dto.categoryCode === '' ? null : dto.categoryCode };
        const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
        await this.tx.getRepository(Hall).update({ id: hallId }, { ...defined, gridCols: cols, gridRows: rows });
        return toHallConsoleView(await this.tx.getRepository(Hall).findOneOrFail({ where: { id: hallId } }));
      }, EXPO_WRITE),
    );
  }

  async createSlot(principal: Principal, hallId: string, dto: CreateSlotDto): Promise<HallMapView> {
    await this.serial.run(`hall:${hallId}`, () =>
      this.tx.run(async () => {
        const hall = await this.ownHall(principal, hallId, 'write');
        const slots = this.tx.getRepository(BoothSlot);
        const existing = await slots.find({ where: { hallId } });
        const max = this.config.expo.maxSlotsPerHall;
        if (existing.length >= max) throw new DomainError('SLOT_LIMIT_REACHED', `A hall map may have at most ${max} slots`);
        if (existing.some((s) => s.code === dto.code)) throw new DomainError('SLOT_CODE_TAKEN', `Slot code ${dto.code} is taken`);
        assertPlaceable(dto, hall.gridCols, hall.gridRows, existing);
        await slots.save(
          slots.create({ hallId, expoId: hall.expoId, code: dto.code, x: dto.x, y: dto.y, w: dto.w, h: dto.h, boothId: null }),
        );
      }, EXPO_WRITE),
    );
    return this.ownMap(principal, hallId);
  }

  async updateSlot(principal: Principal, slotId: string, dto: UpdateSlotDto): Promise<HallMapView> {
    const slot = await this.tx.getRepository(BoothSlot).findOne({ where: { id: slotId } });
    if (!slot) throw DomainError.notFound('SLOT_NOT_FOUND', 'Slot', slotId);
    await this.serial.run(`hall:${slot.hallId}`, () =>
      this.tx.run(async () => {
        const hall = await this.ownHall(principal, slot.hallId, 'write');
        const slots = this.tx.getRepository(BoothSlot);
        const current = await slots.findOne({ where: { id: slotId } });
        if (!current) throw DomainError.notFound('SLOT_NOT_FOUND', 'Slot', slotId);
        const next = {
          code: dto.code ?? current.code,
          x: dto.x ?? current.x,
          y: dto.y ?? current.y,
          w: dto.w ?? current.w,
          h: dto.h ?? current.h,
        };
        const others = (await slots.find({ where: { hallId: hall.id } })).filter((s) => s.id !== slotId);
        if (others.some((s) => s.code === next.code)) throw new DomainError('SLOT_CODE_TAKEN', `Slot code ${next.code} is taken`);
        assertPlaceable(next, hall.gridCols, hall.gridRows, others);
        await slots.update({ id: slotId }, next);
      }, EXPO_WRITE),
    );
    return this.ownMap(principal, slot.hallId);
  }

  async deleteSlot(principal: Principal, slotId: string): Promise<HallMapView> {
    const slot = await this.tx.getRepository(BoothSlot).findOne({ where: { id: slotId } });
    if (!slot) throw DomainError.notFound('SLOT_NOT_FOUND', 'Slot', slotId);
    await this.serial.run(`hall:${slot.hallId}`, () =>
      this.tx.run(async () => {
        await this.ownHall(principal, slot.hallId, 'write');
        const current = await this.tx.getRepository(BoothSlot).findOne({ where: { id: slotId } });
        if (current?.boothId) throw new DomainError('SLOT_OCCUPIED', `Slot ${current.code} has a booth assigned`);
        await this.tx.getRepository(BoothSlot).delete({ id: slotId });
      }, EXPO_WRITE),
    );
    return this.ownMap(principal, slot.hallId);
  }

  async ownMap(principal: Principal, hallId: string): Promise<HallMapView> {
    return this.mapOf(await this.ownHall(principal, hallId, 'read'));
  }

  /** Buyers' hall map: slots with each booth's live status and next session. */
  async publicMap(hallId: string): Promise<HallMapView> {
    const hall = await this.tx.getRepository(Hall).findOne({ where: { id: hallId } });
    const expo =
      hall && (await this.tx.getRepository(Expo).findOne({ where: { id: hall.expoId, status: In(VISIBLE_STATUSES) } }));
    if (!hall || !expo) throw DomainError.notFound('HALL_NOT_FOUND', 'Hall', hallId);
    return this.mapOf(hall);
  }

  async ownHall(principal: Principal, hallId: string, mode: 'read' | 'write'): Promise<Hall> {
    const hall = await this.tx.getRepository(Hall).findOne({ where: { id: hallId } });
    if (!hall) throw DomainError.notFound('HALL_NOT_FOUND', 'Hall', hallId);
    await this.access.own(principal, hall.expoId, mode);
    return hall;
  }

  private async assertCategory(expoId: string, code: string): Promise<void> {
    if (!(await this.tx.getRepository(ExpoCategory).exist({ where: { expoId, code } }))) {
      throw new DomainError('CATEGORY_UNKNOWN', `Category ${code} is not in this expo's tree`);
    }
  }

  private async mapOf(hall: Hall): Promise<HallMapView> {
    const slots = await this.tx.getRepository(BoothSlot).find({ where: { hallId: hall.id }, order: { y: 'ASC', x: 'ASC' } });
    const boothIds = slots.map((s) => s.boothId).filter((id): id is string => !!id);
    const booths = boothIds.length
      ? await this.tx.getRepository(Booth).find({ where: { id: In(boothIds) }, relations: { enterprise: true } })
      : [];
    // One query each for booths, next sessions and live sessions, and one Redis read for all viewer counts.
    const [next, live] = await Promise.all([this.nextSessions(boothIds), this.liveNow.liveOfBooths(boothIds)]);
    const byId = new Map<string, SlotBoothView>(
      booths.map((b) => [
        b.id,
        {
          id: b.id,
          enterpriseId: b.enterpriseId,
          enterpriseName: b.enterprise?.name ?? '',
          liveStatus: b.liveStatus,
          liveSessionId: live.get(b.id)?.sessionId ?? null,
          viewers: live.get(b.id)?.viewers ?? null,
          nextSessionAt: next.get(b.id)?.startsAt ?? null,
          nextSessionTitle: next.get(b.id)?.title ?? null,
        },
      ]),
    );
    return {
      hall: toHallConsoleView(hall),
      slots: slots.map((s) => ({
        id: s.id,
        code: s.code,
        x: s.x,
        y: s.y,
        w: s.w,
        h: s.h,
        booth: s.boothId ? (byId.get(s.boothId) ?? null) : null,
      })),
    };
  }

  /** The earliest calendar entry still to end, per booth. */
  private async nextSessions(boothIds: string[]): Promise<Map<string, { startsAt: string; title: string }>> {
    const out = new Map<string, { startsAt: string; title: string }>();
    if (!boothIds.length) return out;
    const rows = await this.tx.getRepository(CalendarEntry).find({
      where: { boothId: In(boothIds), endsAt: MoreThan(new Date()) },
      select: { boothId: true, startsAt: true, title: true },
      order: { startsAt: 'ASC' },
    });
    for (const r of rows) if (!out.has(r.boothId)) out.set(r.boothId, { startsAt: r.startsAt.toISOString(), title: r.title });
    return out;
  }
}
