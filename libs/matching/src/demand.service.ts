import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig, DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { MATCHING_LIMITS as L, type DemandView, type DemandWithSuggestions, type SuggestionView } from '@livefair/protocol';
import { In, MoreThan } from 'typeorm';
import { CreateDemandDto } from './dto/create-demand.dto';
import type { ScoredPair } from './engine/facts';
import { categoryVocabulary, isCertificationCode } from './engine/vocabulary';
import { Demand } from './entities/demand.entity';
import { MatchSupplier } from './entities/match-supplier.entity';
import { Suggestion } from './entities/suggestion.entity';
import { demandFacts, MatchIndex } from './match-index.service';
import { MATCHING_ENGINE_VERSION } from './matching-weights';
import { toDemandView, toProductView, toSupplierView } from './matching-views';

const DAY_MS = 86_400_000;

/** Buyers' purchase needs: posting one ranks suppliers for it and stores every suggestion with its reasons. */
@Injectable()
export class DemandService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly index: MatchIndex,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(buyer: Principal, dto: CreateDemandDto): Promise<DemandWithSuggestions> {
    const text = dto.text.trim();
    const chars = [...text].length;
    if (chars < L.textMinChars) throw new DomainError('DEMAND_TEXT_EMPTY', 'Say what you want to buy');
    if (chars > L.textMaxChars)
      throw new DomainError('DEMAND_TEXT_TOO_LONG', `A purchase need has at most ${L.textMaxChars} characters`);
    if (dto.categoryCode && !categoryVocabulary.get(dto.categoryCode))
      throw new DomainError('MATCH_UNKNOWN_CATEGORY', `Unknown category code ${dto.categoryCode}`);
    const certs = [...new Set((dto.certifications ?? []).map((c) => c.trim().toUpperCase()))];
    const unknown = certs.filter((c) => !isCertificationCode(c));
    if (unknown.length)
      throw new DomainError('MATCH_UNKNOWN_CERTIFICATION', `Unknown certification code(s): ${unknown.join(', ')}`);
    const deadline = new Date(dto.deadline);
    const now = new Date();
    if (!Number.isFinite(deadline.getTime()) || deadline.getTime() <= now.getTime())
      throw new DomainError('DEMAND_DEADLINE_PAST', 'The deadline must be in the future');
    if (deadline.getTime() > now.getTime() + L.maxDeadlineDays * DAY_MS)
      throw new DomainError('DEMAND_DEADLINE_PAST', `The deadline is at most ${L.maxDeadlineDays} days ahead`);

    await this.index.sync(); // the category read from the text may come from the catalog's best matches
    const demand = await this.tx.run(async () => {
      const repo = this.tx.getRepository(Demand);
      const { maxOpenDemandsPerBuyer, demandsPerBuyerPerDay } = this.config.matching;
      if ((await repo.count({ where: { buyerId: buyer.userId, status: 'open' } })) >= maxOpenDemandsPerBuyer)
        throw new DomainError('DEMAND_OPEN_LIMIT', `You have ${maxOpenDemandsPerBuyer} open purchase needs; close one first`);
      if (
        (await repo.count({ where: { buyerId: buyer.userId, createdAt: MoreThan(new Date(now.getTime() - DAY_MS)) } })) >=
        demandsPerBuyerPerDay
      )
        throw new DomainError('RATE_LIMITED', `At most ${demandsPerBuyerPerDay} purchase needs a day`);
      const row = repo.create({
        buyerId: buyer.userId,
        buyerName: buyer.displayName.slice(0, 64),
        text,
        categoryCode: dto.categoryCode ?? null,
        matchedCategory: null,
        quantity: dto.quantity,
        unit: dto.unit,
        targetUnitPriceFen: dto.targetUnitPriceFen ?? null,
        deliveryProvince: dto.deliveryProvince,
        deadline,
        certifications: certs,
        oem: dto.oem ?? false,
        sampleFirst: dto.sampleFirst ?? false,
        vatInvoice: dto.vatInvoice ?? false,
        prefersLocal: dto.prefersLocal ?? false,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      });
      row.matchedCategory = this.index.matcher.categoryOf(demandFacts(row));
      await repo.save(row);
      return row;
    });
    const suggestions = await this.rank(demand);
    return { ...toDemandView(demand), suggestions };
  }

  /** Ranks suppliers for the demand again and stores the list (replacing the previous ranks). */
  async rank(demand: Demand): Promise<SuggestionView[]> {
    await this.index.sync();
    const pairs = this.index.matcher.rankSuppliers(demandFacts(demand));
    await this.store(pairs, true);
    return this.suggestionsOf(demand.id);
  }

  /** Writes scored pairs (upserts by demand and supplier); `ranked`: they are the demand's list, in order. */
  async store(pairs: ScoredPair[], ranked: boolean): Promise<void> {
    if (!pairs.length) return;
    const now = new Date();
    await this.tx.run(async () => {
      const repo = this.tx.getRepository(Suggestion);
      if (ranked) await repo.update({ demandId: pairs[0].demandId }, { rank: null });
      const existing = await repo.find({
        where: ranked
          ? { demandId: pairs[0].demandId }
          : { supplierId: pairs[0].supplierId, demandId: In(pairs.map((p) => p.demandId)) },
      });
      const byKey = new Map(existing.map((s) => [`${s.demandId}/${s.supplierId}`, s]));
      const rows = pairs.map((p, i) => {
        const old = byKey.get(`${p.demandId}/${p.supplierId}`);
        return {
          id: old?.id ?? randomUUID(),
          status: old?.status ?? ('suggested' as const),
          rfqId: old?.rfqId ?? null,
          demandId: p.demandId,
          supplierId: p.supplierId,
          rank: ranked ? i + 1 : (old?.rank ?? null),
          score: p.score,
          hard: p.hard,
          soft: p.soft,
          reasons: p.reasons,
          productIds: p.productIds,
          engineVersion: MATCHING_ENGINE_VERSION,
          computedAt: now,
        };
      });
      // One statement per 100 pairs: an upsert on (demandId, supplierId).
      for (let i = 0; i < rows.length; i += 100) await repo.upsert(rows.slice(i, i + 100), ['demandId', 'supplierId']);
    });
  }

  async listMine(buyer: Principal): Promise<DemandView[]> {
    const rows = await this.tx
      .getRepository(Demand)
      .find({ where: { buyerId: buyer.userId }, order: { createdAt: 'DESC' }, take: 100 });
    return rows.map(toDemandView);
  }

  async get(buyer: Principal, id: string): Promise<DemandWithSuggestions> {
    const d = await this.own(buyer, id);
    return { ...toDemandView(d), suggestions: await this.suggestionsOf(d.id) };
  }

  async close(buyer: Principal, id: string): Promise<DemandView> {
    const d = await this.own(buyer, id);
    if (d.status !== 'closed') await this.tx.getRepository(Demand).update({ id }, { status: 'closed', updatedAt: new Date() });
    return toDemandView({ ...d, status: 'closed' } as Demand);
  }

  /** The demand, if the buyer owns it (404 DEMAND_NOT_FOUND, 403 NOT_OWNER). */
  async own(buyer: Principal, id: string): Promise<Demand> {
    const d = await this.tx.getRepository(Demand).findOne({ where: { id } });
    if (!d) throw DomainError.notFound('DEMAND_NOT_FOUND', 'Purchase need', id);
    if (d.buyerId !== buyer.userId) throw new DomainError('NOT_OWNER', 'This purchase need is another buyer’s');
    return d;
  }

  /** The stored list of a demand, in rank order, with supplier and product facts from the index. */
  async suggestionsOf(demandId: string): Promise<SuggestionView[]> {
    await this.index.sync();
    const rows = await this.tx.getRepository(Suggestion).find({ where: { demandId, rank: MoreThan(0) }, order: { rank: 'ASC' } });
    const sources = new Map(
      (rows.length
        ? await this.tx
            .getRepository(MatchSupplier)
            .find({ select: { id: true, source: true }, where: { id: In(rows.map((r) => r.supplierId)) } })
        : []
      ).map((s) => [s.id, s.source]),
    );
    const out: SuggestionView[] = [];
    for (const r of rows) {
      const s = this.index.matcher.supplier(r.supplierId);
      if (!s) continue;
      const products = r.productIds.map((id) => s.products.find((p) => p.id === id)).filter((p) => p !== undefined);
      out.push({
        rank: r.rank,
        score: r.score,
        hard: r.hard,
        soft: r.soft,
        reasons: r.reasons,
        supplier: toSupplierView(s, sources.get(s.id) ?? 'import'),
        products: products.map(toProductView),
        status: r.status,
        rfqId: r.rfqId,
        invitable: s.enterpriseId !== null && s.products.some((p) => p.catalogProductId !== null),
        computedAt: r.computedAt.toISOString(),
      });
    }
    return out;
  }
}
