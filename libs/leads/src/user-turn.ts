import { TransactionalConnection } from '@livefair/core';
import { LeadUserLock } from './entities/lead-user-lock.entity';

export const DAY_MS = 86_400_000;

/**
 * The user's turn to create (an inquiry, a card request): an upsert of their lock row, one
 * statement taking an exclusive row lock until the transaction ends, so their creations take
 * turns across processes and the daily counts that follow are exact. Call inside `tx.run`.
 */
export async function takeUserTurn(tx: TransactionalConnection, userId: string, now: Date): Promise<void> {
  await tx.getRepository(LeadUserLock).upsert({ userId, lockedAt: now }, ['userId']);
}
