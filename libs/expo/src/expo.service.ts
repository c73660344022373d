import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError } from '@livefair/core';
import type { ExpoDetail, ExpoSummary, HallView } from '@livefair/protocol';
import { In, Repository } from 'typeorm';
import { Booth } from './entities/booth.entity';
import { Expo } from './entities/expo.entity';
import { Hall } from './entities/hall.entity';
import { toExpoSummary, toHallView } from './views';

const VISIBLE: Expo['status'][] = ['published', 'open', 'closed'];

@Injectable()
export class ExpoService {
  constructor(
    @InjectRepository(Expo) private readonly expos: Repository<Expo>,
    @InjectRepository(Hall) private readonly halls: Repository<Hall>,
    @InjectRepository(Booth) private readonly booths: Repository<Booth>,
  ) {}

  async listPublic(): Promise<ExpoSummary[]> {
    const expos = await this.expos.find({ where: { status: In(VISIBLE) }, order: { startsAt: 'DESC' } });
    return this.summarise(expos);
  }

  async listOrganizedBy(organizerId: string): Promise<ExpoSummary[]> {
    const expos = await this.expos.find({ where: { organizerId }, order: { startsAt: 'DESC' } });
    return this.summarise(expos);
  }

  async detail(id: string): Promise<ExpoDetail> {
    const expo = await this.expos.findOne({ where: { id, status: In(VISIBLE) } });
    if (!expo) throw DomainError.notFound('EXPO_NOT_FOUND', 'Expo', id);
    const halls = await this.halls.find({ where: { expoId: id }, order: { sortOrder: 'ASC', name: 'ASC' } });
    const perHall = await this.countBy(
      'hallId',
      halls.map((h) => h.id),
    );
    const hallViews: HallView[] = halls.map((h) => toHallView(h, perHall.get(h.id) ?? 0));
    const boothCount = hallViews.reduce((n, h) => n + h.boothCount, 0);
    return { ...toExpoSummary(expo, halls.length, boothCount), halls: hallViews };
  }

  private async summarise(expos: Expo[]): Promise<ExpoSummary[]> {
    const ids = expos.map((e) => e.id);
    const booths = await this.countBy('expoId', ids);
    const halls = new Map<string, number>();
    if (ids.length) {
      const rows = await this.halls
        .createQueryBuilder('h')
        .select('h.expoId', 'k')
        .addSelect('COUNT(*)', 'n')
        .where({ expoId: In(ids) })
        .groupBy('h.expoId')
        .getRawMany<{ k: string; n: string | number }>();
      rows.forEach((r) => halls.set(r.k, Number(r.n)));
    }
    return expos.map((e) => toExpoSummary(e, halls.get(e.id) ?? 0, booths.get(e.id) ?? 0));
  }

  private async countBy(column: 'hallId' | 'expoId', ids: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (ids.length === 0) return out;
    const rows = await this.booths
      .createQueryBuilder('b')
      .select(`b.${column}`, 'k')
      .addSelect('COUNT(*)', 'n')
      .where({ [column]: In(ids) })
      .groupBy(`b.${column}`)
      .getRawMany<{ k: string; n: string | number }>();
    rows.forEach((r) => out.set(r.k, Number(r.n)));
    return out;
  }
}
