import { Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { TransactionalConnection } from '@livefair/core';
import type { BoothSearchHit, BoothSearchPage, ProductSearchHit, ProductSearchPage } from '@livefair/protocol';
import { Brackets, In, SelectQueryBuilder } from 'typeorm';
import { BoothBadgeRow } from '../booth-profile/booth-badge.entity';
import { BoothProfile } from '../booth-profile/booth-profile.entity';
import { imageRef } from '../booth-profile/booth-profile.views';
import { checkBadges } from '../booth-profile/profile-rules';
import { EnterpriseCategoryRow } from '../enterprise-profile/enterprise-category.entity';
import { EnterpriseProfile } from '../enterprise-profile/enterprise-profile.entity';
import { Booth } from '../entities/booth.entity';
import { Expo } from '../entities/expo.entity';
import { toBoothSummary } from '../views';
import { SearchQuery } from './search.query';

const VISIBLE: Expo['status'][] = ['published', 'open', 'closed'];
/** `%`, `_` and `!` are literal (ESCAPE '!' reads the same on both engines). */
const likeOf = (text: string) => `%${text.replace(/[!%_]/g, '!$&')}%`;
const wordsOf = (q: string | undefined) => (q ?? '').split(/\s+/).filter(Boolean).slice(0, 5);

/**
 * Buyers' search over booths (and, through the catalog, the products they show). Text is a
 * substring match per word (Chinese needs no segmentation at this size); the filters read indexed
 * columns and rows (booth_badges, enterprise_categories, enterprise_profiles(province, city),
 * booths.liveStatus). docs/booths.md has the plan and the measured timings.
 */
@Injectable()
export class BoothSearchService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly catalog: CatalogService,
  ) {}

  async booths(q: SearchQuery): Promise<BoothSearchPage> {
    checkBadges(q.badge);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const qb = this.filtered(q, true);
    const total = await qb.clone().getCount();
    const rows = await qb
      .orderBy("CASE b.liveStatus WHEN 'live' THEN 0 WHEN 'scheduled' THEN 1 ELSE 2 END", 'ASC')
      .addOrderBy('b.code', 'ASC')
      .addOrderBy('b.id', 'ASC')
      // Many-to-one joins only (no row multiplication), so plain OFFSET/LIMIT pages correctly.
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getMany();
    return { items: await this.hits(rows), total, page, pageSize };
  }

  async products(q: SearchQuery): Promise<ProductSearchPage> {
    checkBadges(q.badge);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    // The booths the filters (not the text) allow: their enterprises' published products qualify.
    const booths = await this.filtered({ ...q, q: undefined, category: undefined }, false)
      .select([
        'b.id AS id',
        'b.code AS code',
        'b.expoId AS expoId',
        'b.enterpriseId AS enterpriseId',
        'b.liveStatus AS liveStatus',
      ])
      .addSelect('e.name', 'enterpriseName')
      .orderBy("CASE b.liveStatus WHEN 'live' THEN 0 ELSE 1 END", 'ASC')
      .addOrderBy('b.code', 'ASC')
      .getRawMany<ProductSearchHit['booth'] & { enterpriseId: string }>();
    // Raw rows (no entity hydration): every visible booth may qualify, up to the fair's 1,000s.
    const boothOf = new Map<string, ProductSearchHit['booth']>();
    for (const b of booths) {
      if (!boothOf.has(b.enterpriseId)) {
        boothOf.set(b.enterpriseId, {
          id: b.id,
          code: b.code,
          expoId: b.expoId,
          enterpriseName: b.enterpriseName,
          liveStatus: b.liveStatus,
        });
      }
    }
    let categoryEnterprises: string[] = [];
    if (q.category) {
      const rows = await this.tx.getRepository(EnterpriseCategoryRow).find({ where: { code: q.category } });
      categoryEnterprises = rows.map((r) => r.enterpriseId).filter((id) => boothOf.has(id));
    }
    const words = wordsOf(q.q);
    const { items, total } = await this.catalog.searchPublished({
      words,
      enterpriseIds: [...boothOf.keys()],
      category: q.category,
      categoryEnterprises,
      page,
      pageSize,
    });
    return {
      items: items.map((product) => ({ product, booth: boothOf.get(product.enterpriseId) as ProductSearchHit['booth'] })),
      total,
      page,
      pageSize,
    };
  }

  /** Booths of visible expos that pass the filters. */
  private filtered(q: SearchQuery, withText: boolean): SelectQueryBuilder<Booth> {
    const qb = this.tx
      .getRepository(Booth)
      .createQueryBuilder('b')
      .innerJoin(Expo, 'x', 'x.id = b.expoId AND x.status IN (:...visible)', { visible: VISIBLE })
      .innerJoinAndSelect('b.enterprise', 'e');
    if (q.expoId) qb.andWhere('b.expoId = :expoId', { expoId: q.expoId });
    if (q.live) qb.andWhere('b.liveStatus = :live', { live: 'live' });
    if (q.province || q.city) {
      qb.innerJoin(EnterpriseProfile, 'ep', 'ep.enterpriseId = b.enterpriseId');
      if (q.province) qb.andWhere('ep.province = :province', { province: q.province });
      if (q.city) qb.andWhere('ep.city = :city', { city: q.city });
    }
    (q.badge ?? []).forEach((badge, i) => {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM ${this.table(BoothBadgeRow)} bb${i} WHERE bb${i}.badge = :badge${i} AND bb${i}.boothId = b.id)`,
        { [`badge${i}`]: badge },
      );
    });
    if (q.category) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM ${this.table(EnterpriseCategoryRow)} ec WHERE ec.code = :category AND ec.enterpriseId = b.enterpriseId)`,
        { category: q.category },
      );
    }
    const words = withText ? wordsOf(q.q) : [];
    if (words.length) {
      qb.leftJoin(BoothProfile, 'p', 'p.boothId = b.id');
      words.forEach((w, i) => {
        qb.andWhere(
          new Brackets((or) => {
            const k = `w${i}`;
            for (const col of ['e.name', 'b.headline', 'b.code', 'p.introZh', 'p.introEn'])
              or.orWhere(`${col} LIKE :${k} ESCAPE '!'`);
            qb.setParameter(k, likeOf(w));
          }),
        );
      });
    }
    return qb;
  }

  private table(entity: typeof BoothBadgeRow | typeof EnterpriseCategoryRow): string {
    return this.tx.manager.connection.getMetadata(entity).tableName;
  }

  private async hits(rows: Booth[]): Promise<BoothSearchHit[]> {
    const boothIds = rows.map((b) => b.id);
    const enterpriseIds = [...new Set(rows.map((b) => b.enterpriseId))];
    const [profiles, places, counts] = await Promise.all([
      boothIds.length ? this.tx.getRepository(BoothProfile).find({ where: { boothId: In(boothIds) } }) : [],
      enterpriseIds.length ? this.tx.getRepository(EnterpriseProfile).find({ where: { enterpriseId: In(enterpriseIds) } }) : [],
      this.catalog.countByEnterprise(enterpriseIds),
    ]);
    const profileOf = new Map(profiles.map((p) => [p.boothId, p]));
    const placeOf = new Map(places.map((p) => [p.enterpriseId, p]));
    return rows.map((b) => {
      const p = profileOf.get(b.id);
      const ep = placeOf.get(b.enterpriseId);
      return {
        ...toBoothSummary(b, counts.get(b.enterpriseId) ?? 0),
        logo: imageRef(p?.logoKey ?? null),
        badges: p?.badges ?? [],
        province: ep?.province ?? '',
        city: ep?.city ?? '',
      };
    });
  }
}
