import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@livefair/core';
import { BoothService } from '@livefair/expo';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import { categoryVocabulary } from '../engine/vocabulary';
import { Demand } from '../entities/demand.entity';
import { MatchSupplier } from '../entities/match-supplier.entity';
import { Suggestion } from '../entities/suggestion.entity';
import { Campaign } from './entities/campaign.entity';
import { MatchOutcome } from './entities/match-outcome.entity';

/** The leaf codes a campaign's category list stands for (an industry code: all its leaves); empty: every category. */
export function leafCodes(codes: readonly string[]): string[] {
  if (!codes.length) return [];
  const out = new Set<string>();
  for (const c of categoryVocabulary.all()) {
    if (codes.includes(c.code) || codes.includes(categoryVocabulary.industryOf(c.code) ?? '')) out.add(c.code);
  }
  return [...out];
}

/**
 * Which needs and suppliers a campaign covers. Needs: posted in [startsAt, endsAt), of its
 * categories. Suppliers: for an expo, the expo's exhibitors and the suppliers the organizer
 * onboarded; for a region, those of its provinces among the organizer's onboarded ones and the
 * enterprises' own (catalog) profiles. A match is a stored suggestion of such a pair that is in
 * the buyer's list or was answered (an RFQ or a decline).
 */
@Injectable()
export class CampaignScope {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly booths: BoothService,
  ) {}

  /** The campaign's needs (alias `d`). */
  demands(c: Campaign): SelectQueryBuilder<Demand> {
    const qb = this.tx
      .getRepository(Demand)
      .createQueryBuilder('d')
      .where('d.createdAt >= :start AND d.createdAt < :end', { start: c.startsAt, end: c.endsAt });
    const leaves = leafCodes(c.categoryCodes);
    if (leaves.length) qb.andWhere('d.matchedCategory IN (:...leaves)', { leaves });
    return qb;
  }

  /** The campaign's matches: suggestions `s` joined with their need `d`, supplier `p` and outcome `o`. */
  async matches(c: Campaign): Promise<SelectQueryBuilder<Suggestion>> {
    const qb = this.tx
      .getRepository(Suggestion)
      .createQueryBuilder('s')
      .innerJoin(Demand, 'd', 'd.id = s.demandId')
      .innerJoin(MatchSupplier, 'p', 'p.id = s.supplierId')
      .leftJoin(MatchOutcome, 'o', 'o.demandId = s.demandId AND o.supplierId = s.supplierId')
      .where('d.createdAt >= :start AND d.createdAt < :end', { start: c.startsAt, end: c.endsAt })
      .andWhere(new Brackets((w) => w.where('s.rank IS NOT NULL').orWhere('o.id IS NOT NULL')));
    const leaves = leafCodes(c.categoryCodes);
    if (leaves.length) qb.andWhere('d.matchedCategory IN (:...leaves)', { leaves });
    await this.whereSupplier(qb, c);
    return qb;
  }

  /** Does the campaign cover this need (by its posting time and category) and this supplier? */
  async covers(c: Campaign, d: Demand, s: MatchSupplier): Promise<boolean> {
    if (d.createdAt < c.startsAt || d.createdAt >= c.endsAt) return false;
    const leaves = leafCodes(c.categoryCodes);
    if (leaves.length && !leaves.includes(d.matchedCategory ?? '')) return false;
    if (c.scope === 'region')
      return (
        s.province !== null && c.provinces.includes(s.province) && (s.importedBy === c.organizerId || s.source === 'catalog')
      );
    if (s.importedBy === c.organizerId) return true;
    return s.enterpriseId !== null && (await this.booths.ofEnterprise(s.enterpriseId)).some((b) => b.expoId === c.expoId);
  }

  private async whereSupplier(qb: SelectQueryBuilder<Suggestion>, c: Campaign): Promise<void> {
    if (c.scope === 'region') {
      qb.andWhere('p.province IN (:...provinces)', { provinces: c.provinces.length ? c.provinces : ['-'] }).andWhere(
        new Brackets((w) => w.where('p.importedBy = :org', { org: c.organizerId }).orWhere(`p.source = 'catalog'`)),
      );
      return;
    }
    const enterprises = c.expoId ? await this.booths.enterpriseIdsOfExpo(c.expoId) : [];
    qb.andWhere(
      new Brackets((w) => {
        w.where('p.importedBy = :org', { org: c.organizerId });
        if (enterprises.length) w.orWhere('p.enterpriseId IN (:...enterprises)', { enterprises });
      }),
    );
  }
}
