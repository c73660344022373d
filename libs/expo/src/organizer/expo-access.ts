import { Injectable } from '@nestjs/common';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { Expo } from '../entities/expo.entity';

/** Who may touch an expo from the console: its own organizer; a closed expo is read-only. */
@Injectable()
export class ExpoAccess {
  constructor(private readonly tx: TransactionalConnection) {}

  /** The caller's own expo (EXPO_NOT_FOUND, NOT_OWNER); `write` also refuses a closed one (EXPO_CLOSED). */
  async own(principal: Principal, expoId: string, mode: 'read' | 'write'): Promise<Expo> {
    const expo = await this.tx.getRepository(Expo).findOne({ where: { id: expoId } });
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
