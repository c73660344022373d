import { Inject, Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { APP_CONFIG, AppConfig, DomainError, Principal, TransactionalConnection } from '@livefair/core';
import type { FavouriteState, FavouriteView } from '@livefair/protocol';
import { In } from 'typeorm';
import { BoothRate } from '../booth-profile/booth-rate';
import { Booth } from '../entities/booth.entity';
import { toBoothSummary } from '../views';
import { BoothFavourite } from './booth-favourite.entity';

/** A buyer's favourite booths (at most BOOTH_MAX_FAVOURITES); favouriting also follows the booth's sessions. */
@Injectable()
export class FavouritesService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly catalog: CatalogService,
    private readonly rate: BoothRate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async state(principal: Principal, boothId: string): Promise<FavouriteState> {
    await this.visibleBooth(boothId);
    const favourite = await this.tx.getRepository(BoothFavourite).exist({ where: { userId: principal.userId, boothId } });
    return { boothId, favourite };
  }

  /** Idempotent: favouriting a favourite changes nothing (and does not count against the limit). */
  async add(principal: Principal, boothId: string): Promise<FavouriteState> {
    await this.visibleBooth(boothId);
    await this.rate.hit('edit', principal.userId);
    await this.tx.run(async () => {
      const repo = this.tx.getRepository(BoothFavourite);
      if (await repo.exist({ where: { userId: principal.userId, boothId } })) return;
      const max = this.config.booths.maxFavourites;
      if ((await repo.count({ where: { userId: principal.userId } })) >= max) {
        throw new DomainError('FAVOURITE_LIMIT_REACHED', `You already keep ${max} favourite booths; remove one first`);
      }
      await repo.createQueryBuilder().insert().values({ userId: principal.userId, boothId }).orIgnore().execute();
    });
    return { boothId, favourite: true };
  }

  async remove(principal: Principal, boothId: string): Promise<FavouriteState> {
    await this.rate.hit('edit', principal.userId);
    await this.tx.getRepository(BoothFavourite).delete({ userId: principal.userId, boothId });
    return { boothId, favourite: false };
  }

  /** The caller's favourites, newest first (booths whose expo went back to draft are left out). */
  async list(principal: Principal): Promise<FavouriteView[]> {
    const favs = await this.tx
      .getRepository(BoothFavourite)
      .find({ where: { userId: principal.userId }, order: { createdAt: 'DESC' }, take: this.config.booths.maxFavourites });
    if (favs.length === 0) return [];
    const booths = await this.tx.getRepository(Booth).find({
      where: { id: In(favs.map((f) => f.boothId)) },
      relations: { enterprise: true, hall: { expo: true } },
    });
    const byId = new Map(booths.filter((b) => b.hall?.expo && b.hall.expo.status !== 'draft').map((b) => [b.id, b]));
    const counts = await this.catalog.countByEnterprise([...new Set([...byId.values()].map((b) => b.enterpriseId))]);
    return favs.flatMap((f) => {
      const b = byId.get(f.boothId);
      return b ? [{ booth: toBoothSummary(b, counts.get(b.enterpriseId) ?? 0), createdAt: f.createdAt.toISOString() }] : [];
    });
  }

  private async visibleBooth(boothId: string): Promise<void> {
    const booth = await this.tx.getRepository(Booth).findOne({ where: { id: boothId }, relations: { hall: { expo: true } } });
    if (!booth || !booth.hall?.expo || booth.hall.expo.status === 'draft')
      throw DomainError.notFound('BOOTH_NOT_FOUND', 'Booth', boothId);
  }
}
