import { Injectable } from '@nestjs/common';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import type { OrderForYouView } from '@livefair/protocol';
import { In } from 'typeorm';
import { DemandService } from './demand.service';
import { Demand } from './entities/demand.entity';
import { MatchSupplier } from './entities/match-supplier.entity';
import { MatchIndex } from './match-index.service';
import { toDemandView, toProductView } from './matching-views';
import { SupplierRefresher } from './supplier-refresher';

/** "Orders for you": the open demands ranked for the caller's enterprise, with the same reasons a buyer sees. */
@Injectable()
export class OrdersForYou {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly index: MatchIndex,
    private readonly demands: DemandService,
    private readonly refresher: SupplierRefresher,
  ) {}

  async list(staff: Principal): Promise<OrderForYouView[]> {
    if (!staff.enterpriseId) throw new DomainError('NOT_OWNER', 'This account belongs to no enterprise');
    const supplier = await this.supplierOf(staff.enterpriseId);
    await this.index.sync();
    const s = this.index.matcher.supplier(supplier.id);
    if (!s) return [];
    const pairs = this.index.matcher.rankDemands(supplier.id);
    await this.demands.store(pairs, false);
    const rows = pairs.length
      ? await this.tx.getRepository(Demand).find({ where: { id: In(pairs.map((p) => p.demandId)) } })
      : [];
    const byId = new Map(rows.map((d) => [d.id, d]));
    return pairs
      .filter((p) => byId.get(p.demandId)?.status === 'open')
      .map((p) => {
        const d = byId.get(p.demandId)!;
        return {
          demand: toDemandView(d),
          buyerName: d.buyerName,
          score: p.score,
          hard: p.hard,
          soft: p.soft,
          reasons: p.reasons,
          products: p.productIds
            .map((id) => s.products.find((x) => x.id === id)!)
            .filter(Boolean)
            .map(toProductView),
        };
      });
  }

  /** The enterprise's supplier profile: the derived one (made now if the catalog never triggered it), else an imported one linked to it. */
  private async supplierOf(enterpriseId: string): Promise<MatchSupplier> {
    const repo = this.tx.getRepository(MatchSupplier);
    const find = () => repo.findOne({ where: { sourceKey: `enterprise:${enterpriseId}` } });
    let s = (await find()) ?? (await repo.findOne({ where: { enterpriseId }, order: { updatedAt: 'DESC' } }));
    if (!s) {
      await this.refresher.refresh({ enterpriseId });
      s = await find();
    }
    if (!s) throw DomainError.notFound('MATCH_SUPPLIER_NOT_FOUND', 'Supplier profile of enterprise', enterpriseId);
    return s;
  }
}
