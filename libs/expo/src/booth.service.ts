import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CatalogService } from '@livefair/catalog';
import { assertEnterpriseMember, DomainError, DomainEvents, OnDomainEvent, Principal } from '@livefair/core';
import type { BoothDetail, BoothSummary } from '@livefair/protocol';
import { Repository } from 'typeorm';
import { UpdateBoothDto } from './dto/update-booth.dto';
import { Booth } from './entities/booth.entity';
import { Hall } from './entities/hall.entity';
import { toBoothSummary } from './views';

/** Where a booth is: its expo, hall and enterprise. */
export interface BoothPlace {
  id: string;
  expoId: string;
  hallId: string;
  enterpriseId: string;
}

@Injectable()
export class BoothService {
  constructor(
    @InjectRepository(Booth) private readonly booths: Repository<Booth>,
    @InjectRepository(Hall) private readonly halls: Repository<Hall>,
    private readonly catalog: CatalogService,
  ) {}

  async ofHall(hallId: string): Promise<BoothSummary[]> {
    const hall = await this.halls.findOne({ where: { id: hallId }, relations: { expo: true } });
    if (!hall || !hall.expo || hall.expo.status === 'draft') throw DomainError.notFound('HALL_NOT_FOUND', 'Hall', hallId);
    const rows = await this.booths.find({ where: { hallId }, relations: { enterprise: true }, order: { code: 'ASC' } });
    return this.summarise(rows);
  }

  async ofEnterprise(enterpriseId: string): Promise<BoothSummary[]> {
    const rows = await this.booths.find({ where: { enterpriseId }, relations: { enterprise: true }, order: { code: 'ASC' } });
    return this.summarise(rows);
  }

  async detail(id: string): Promise<BoothDetail> {
    const booth = await this.getOrThrow(id);
    const products = await this.catalog.productsOf(booth.enterpriseId);
    return {
      ...toBoothSummary(booth, products.length),
      hallName: booth.hall?.name ?? '',
      expoName: booth.hall?.expo?.name ?? '',
      products,
    };
  }

  async update(principal: Principal, id: string, dto: UpdateBoothDto): Promise<BoothDetail> {
    const booth = await this.getOrThrow(id);
    assertEnterpriseMember(principal, booth.enterpriseId);
    if (dto.headline !== undefined) await this.booths.update({ id }, { headline: dto.headline });
    return this.detail(id);
  }

  /** For matching's campaigns: the enterprises with a booth in this expo. */
  async enterpriseIdsOfExpo(expoId: string): Promise<string[]> {
    const rows = await this.booths.find({ where: { expoId }, select: { id: true, enterpriseId: true } });
    return [...new Set(rows.map((b) => b.enterpriseId))];
  }

  /**
   * For analytics' ingest: where `boothId` is and where the other booths of its expo are (at most
   * `limit` of them), in two queries, so that a process learns an expo's booths at once instead of
   * one look-up per booth. Empty when there is no such booth or its expo is a draft.
   */
  async placesAround(boothId: string, limit = 5_000): Promise<BoothPlace[]> {
    const places = (where: string, param: Record<string, string>, max: number) =>
      this.booths
        .createQueryBuilder('b')
        .innerJoin('b.hall', 'h')
        .innerJoin('h.expo', 'e')
        .select(['b.id AS id', 'b.expoId AS expoId', 'b.hallId AS hallId', 'b.enterpriseId AS enterpriseId'])
        .where(where, param)
        .andWhere("e.status <> 'draft'")
        .limit(max)
        .getRawMany<BoothPlace>();
    const [own] = await places('b.id = :boothId', { boothId }, 1);
    if (!own) return [];
    const others = await places('b.expoId = :expoId AND b.id <> :boothId', { expoId: own.expoId, boothId }, limit);
    return [own, ...others];
  }

  /** For the live context: is this user on the booth's staff? */
  async isStaff(principal: Principal | null, boothId: string): Promise<boolean> {
    if (!principal || principal.role !== 'exhibitor' || !principal.enterpriseId) return false;
    const booth = await this.booths.findOne({ where: { id: boothId }, select: { id: true, enterpriseId: true } });
    return booth?.enterpriseId === principal.enterpriseId;
  }

  /** For the orders context: the enterprise a booth belongs to; null when there is no such booth or its expo is a draft. */
  async enterpriseOf(boothId: string): Promise<string | null> {
    const booth = await this.booths.findOne({ where: { id: boothId }, relations: { hall: { expo: true } } });
    if (!booth || !booth.hall?.expo || booth.hall.expo.status === 'draft') return null;
    return booth.enterpriseId;
  }

  /** The live context owns sessions; the booth page shows what it last announced, after its commit. */
  @OnDomainEvent('live.session-status-changed')
  async onLiveSessionStatus(event: DomainEvents['live.session-status-changed']): Promise<void> {
    await this.booths.update({ id: event.boothId }, { liveStatus: event.boothLiveStatus });
  }

  private async getOrThrow(id: string): Promise<Booth> {
    const booth = await this.booths.findOne({
      where: { id },
      relations: { enterprise: true, hall: { expo: true } },
    });
    if (!booth || booth.hall?.expo?.status === 'draft') throw DomainError.notFound('BOOTH_NOT_FOUND', 'Booth', id);
    return booth;
  }

  private async summarise(rows: Booth[]): Promise<BoothSummary[]> {
    const counts = await this.catalog.countByEnterprise([...new Set(rows.map((b) => b.enterpriseId))]);
    return rows.map((b) => toBoothSummary(b, counts.get(b.enterpriseId) ?? 0));
  }
}
