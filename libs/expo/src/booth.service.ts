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
