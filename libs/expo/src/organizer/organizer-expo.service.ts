import { Inject, Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { APP_CONFIG, AppConfig, DomainError, KeyedQueue, Principal, TransactionalConnection } from '@livefair/core';
import type { ExpoConsoleView, ExpoStatus } from '@livefair/protocol';
import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { Booth } from '../entities/booth.entity';
import { Expo } from '../entities/expo.entity';
import { Hall } from '../entities/hall.entity';
import { toExpoConsoleView } from './console-views';
import { EXPO_WRITE, ExpoAccess } from './expo-access';
import { CreateExpoDto, UpdateExpoDto } from './expo-input.dto';
import { assertTimeZone, toUtc } from './zoned-time';

/** Allowed status moves: draft -> open (published) -> closed. */
const NEXT: Record<ExpoStatus, ExpoStatus[]> = { draft: ['open'], published: ['closed'], open: ['closed'], closed: [] };

/** The organizer's own expos: create, edit, open, close. */
@Injectable()
export class OrganizerExpoService {
  private readonly serial = new KeyedQueue<string>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly access: ExpoAccess,
    private readonly catalog: CatalogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A cover is an image the organizer uploaded (POST /api/uploads/images): not another's, not a guessed key. */
  private async assertCover(principal: Principal, key: string | null | undefined): Promise<void> {
    if (key) await this.catalog.assertImagesOf(principal.userId, [key]);
  }

  async list(principal: Principal): Promise<ExpoConsoleView[]> {
    const rows = await this.tx
      .getRepository(Expo)
      .find({ where: { organizerId: principal.userId }, order: { startsAt: 'DESC' } });
    return this.views(rows);
  }

  async get(principal: Principal, id: string): Promise<ExpoConsoleView> {
    return (await this.views([await this.access.own(principal, id, 'read')]))[0];
  }

  async create(principal: Principal, dto: CreateExpoDto): Promise<ExpoConsoleView> {
    assertTimeZone(dto.timeZone);
    const startsAt = toUtc(dto.startsAt, dto.timeZone, 'startsAt');
    const endsAt = toUtc(dto.endsAt, dto.timeZone, 'endsAt');
    assertOrder(startsAt, endsAt);
    await this.assertCover(principal, dto.coverImageKey);
    const id = await this.serial.run(principal.userId, () =>
      this.tx.run(async () => {
        const expos = this.tx.getRepository(Expo);
        const max = this.config.expo.maxPerOrganizer;
        if ((await expos.count({ where: { organizerId: principal.userId } })) >= max) {
          throw new DomainError('EXPO_LIMIT_REACHED', `An organizer may run at most ${max} expos`);
        }
        const saved = await expos.save(
          expos.create({
            slug: `expo-${randomBytes(6).toString('hex')}`,
            name: dto.name,
            nameEn: dto.nameEn ?? '',
            description: dto.description ?? '',
            descriptionEn: dto.descriptionEn ?? '',
            timeZone: dto.timeZone,
            coverImageKey: dto.coverImageKey ?? null,
            startsAt,
            endsAt,
            status: 'draft',
            organizerId: principal.userId,
          }),
        );
        return saved.id;
      }, EXPO_WRITE),
    );
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, dto: UpdateExpoDto): Promise<ExpoConsoleView> {
    await this.tx.run(async () => {
      const expo = await this.access.own(principal, id, 'write');
      const timeZone = dto.timeZone ?? expo.timeZone;
      assertTimeZone(timeZone);
      const startsAt = dto.startsAt ? toUtc(dto.startsAt, timeZone, 'startsAt') : expo.startsAt;
      const endsAt = dto.endsAt ? toUtc(dto.endsAt, timeZone, 'endsAt') : expo.endsAt;
      assertOrder(startsAt, endsAt);
      await this.assertCover(principal, dto.coverImageKey);
      const { name, nameEn, description, descriptionEn, coverImageKey } = dto;
      const fields = { name, nameEn, description, descriptionEn, coverImageKey };
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      await this.tx.getRepository(Expo).update({ id }, { ...defined, timeZone, startsAt, endsAt });
    }, EXPO_WRITE);
    return this.get(principal, id);
  }

  async setStatus(principal: Principal, id: string, status: 'open' | 'closed'): Promise<ExpoConsoleView> {
    await this.tx.run(async () => {
      const expo = await this.access.own(principal, id, 'write');
      if (!NEXT[expo.status].includes(status)) {
        throw new DomainError('EXPO_STATUS_INVALID', `An expo moves draft -> open -> closed; it is ${expo.status}`);
      }
      await this.tx.getRepository(Expo).update({ id }, { status });
    }, EXPO_WRITE);
    return this.get(principal, id);
  }

  private async views(expos: Expo[]): Promise<ExpoConsoleView[]> {
    const ids = expos.map((e) => e.id);
    const halls = await this.count(Hall, ids);
    const booths = await this.count(Booth, ids);
    return expos.map((e) => toExpoConsoleView(e, halls.get(e.id) ?? 0, booths.get(e.id) ?? 0));
  }

  private async count(entity: typeof Hall | typeof Booth, ids: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!ids.length) return out;
    const rows = await this.tx
      .getRepository<Hall | Booth>(entity)
      .createQueryBuilder('x')
      .select('x.expoId', 'k')
      .addSelect('COUNT(*)', 'n')
      .where({ expoId: In(ids) })
      .groupBy('x.expoId')
      .getRawMany<{ k: string; n: string | number }>();
    rows.forEach((r) => out.set(r.k, Number(r.n)));
    return out;
  }
}

function assertOrder(startsAt: Date, endsAt: Date): void {
  if (!(startsAt.getTime() < endsAt.getTime())) {
    throw new DomainError('EXPO_DATES_INVALID', 'An expo must end after it starts');
  }
}
