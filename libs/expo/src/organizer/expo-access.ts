import { Injectable } from '@nestjs/common';
import { DomainError, Principal, RunOptions, TransactionalConnection } from '@livefair/core';
import { Expo } from '../entities/expo.entity';

/** Who may touch an expo from the console: its own organizer; a closed expo is read-only. */
@Injectable()
export class ExpoAccess {
  constructor(private readonly tx: TransactionalConnection) {}

  /**
   * The caller's own expo (EXPO_NOT_FOUND, NOT_OWNER); `write` also refuses a closed one
   * (EXPO_CLOSED) and, on MySQL, locks the expo's row for the caller's transaction: one write
   * to an expo (a slot's overlap check and its save, a calendar conflict check) at a time across
   * every API process. The embedded engine runs one transaction at a time anyway.
   */
  async own(principal: Principal, expoId: string, mode: 'read' | 'write'): Promise<Expo> {
    const qb = this.tx.getRepository(Expo).createQueryBuilder('e').where('e.id = :expoId', { expoId });
    if (mode === 'write' && this.tx.dataSource.options.type !== 'sqljs') qb.setLock('pessimistic_write');
    const expo = await qb.getOne();
    if (!expo) throw DomainError.notFound('EXPO_NOT_FOUND', 'Expo', expoId);
    if (principal.role !== 'organizer' || expo.organizerId !== principal.userId) {
      throw new DomainError('NOT_OWNER', 'This expo belongs to another organizer');
    }
    if (mode === 'write' && expo.status === 'closed') {
      throw new DomainError('EXPO_CLOSED', 'This expo is closed: it stays browsable as an archive and can no longer be changed');
    }
    return expo;
  }
}

/** Statuses buyers see. */
export const VISIBLE_STATUSES: Expo['status'][] = ['published', 'open', 'closed'];
/** Statuses that take applications. */
export const OPEN_STATUSES: Expo['status'][] = ['published', 'open'];

/**
 * The console's write transactions read committed data: a write that waited for the expo's row
 * lock then sees what the previous holder committed (under REPEATABLE READ its snapshot could
 * predate the lock, and two overlapping slots would both pass the check).
 */
export const EXPO_WRITE: RunOptions = { isolation: 'READ COMMITTED' };
