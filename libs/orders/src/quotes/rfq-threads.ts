import { Injectable } from '@nestjs/common';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import type { RfqSide } from '@livefair/protocol';
import { Rfq } from './entities/rfq.entity';

/** Which side of the thread the caller is on; null when neither (another buyer, another enterprise, an organizer). */
export function sideOf(principal: Principal, rfq: Pick<Rfq, 'buyerId' | 'enterpriseId'>): RfqSide | null {
  if (principal.role === 'buyer' && principal.userId === rfq.buyerId) return 'buyer';
  if (principal.role === 'exhibitor' && principal.enterpriseId !== null && principal.enterpriseId === rfq.enterpriseId)
    return 'exhibitor';
  return null;
}

/**
 * Finding a thread for a caller, and taking its lock. Every step of a thread (message, quote,
 * accept, decline, close) runs in a transaction that first updates the RFQ's row: steps of one
 * thread take turns, and what a step reads after the lock is what the previous step committed.
 */
@Injectable()
export class RfqThreads {
  constructor(private readonly tx: TransactionalConnection) {}

  /** The RFQ and the caller's side: 404 RFQ_NOT_FOUND, 403 RFQ_NOT_PARTY for anyone but its two parties. */
  async find(principal: Principal, id: string, need?: RfqSide): Promise<{ rfq: Rfq; side: RfqSide }> {
    const rfq = await this.tx.getRepository(Rfq).findOne({ where: { id } });
    if (!rfq) throw DomainError.notFound('RFQ_NOT_FOUND', 'Request for quotation', id);
    const side = sideOf(principal, rfq);
    if (!side)
      throw new DomainError('RFQ_NOT_PARTY', 'Only the buyer who asked and the staff of the enterprise asked see this thread');
    if (need && side !== need)
      throw new DomainError(
        'RFQ_NOT_PARTY',
        need === 'buyer' ? 'Only the buyer who asked may do this' : "Only the seller's staff may do this",
      );
    return { rfq, side };
  }

  /**
   * In the caller's transaction: locks the thread (its row's lastActivityAt becomes `now`; a
   * step refused later rolls that back) and returns the row as committed by the step before.
   */
  async lock(id: string, now: Date): Promise<Rfq> {
    const repo = this.tx.getRepository(Rfq);
    if (!this.tx.inTransaction) throw new Error('RfqThreads.lock needs a transaction');
    const res = await repo.createQueryBuilder().update().set({ lastActivityAt: now }).where('id = :id', { id }).execute();
    if ((res.affected ?? 0) !== 1) throw DomainError.notFound('RFQ_NOT_FOUND', 'Request for quotation', id);
    return repo.findOneOrFail({ where: { id } });
  }
}
