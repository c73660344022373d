import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@livefair/core';
import { MatchingTurn } from './entities/matching-turn.entity';

/** Serializes one owner's bounded writes (see MatchingTurn); call first inside the writing transaction. */
@Injectable()
export class MatchingTurns {
  constructor(private readonly tx: TransactionalConnection) {}

  async take(owner: string): Promise<void> {
    if (!this.tx.inTransaction) throw new Error('MatchingTurns.take needs a transaction');
    await this.tx.getRepository(MatchingTurn).upsert({ owner, takenAt: new Date() }, ['owner']);
  }
}
