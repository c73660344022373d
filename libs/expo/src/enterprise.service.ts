import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@livefair/core';
import type { EnterpriseView } from '@livefair/protocol';
import { Enterprise } from './entities/enterprise.entity';
import { toEnterpriseView } from './views';

/** Enterprises belong to the expo context; other contexts create and read them here. */
@Injectable()
export class EnterpriseService {
  constructor(private readonly tx: TransactionalConnection) {}

  /** Creates an enterprise, in the caller's transaction when there is one (`TransactionalConnection.run`). */
  async create(
    fields: Pick<Enterprise, 'name'> & Partial<Pick<Enterprise, 'city' | 'industry' | 'description'>>,
  ): Promise<EnterpriseView> {
    const repo = this.tx.getRepository(Enterprise);
    return toEnterpriseView(await repo.save(repo.create(fields)));
  }

  /** An enterprise's public profile, or null. */
  async view(id: string): Promise<EnterpriseView | null> {
    const e = await this.tx.getRepository(Enterprise).findOne({ where: { id } });
    return e ? toEnterpriseView(e) : null;
  }
}
