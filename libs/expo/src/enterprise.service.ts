import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@livefair/core';
import { Enterprise } from './entities/enterprise.entity';

/** Enterprises belong to the expo context; other contexts create and read them here. */
@Injectable()
export class EnterpriseService {
  constructor(private readonly tx: TransactionalConnection) {}

  /** Creates an enterprise, in the caller's transaction when there is one (`TransactionalConnection.run`). */
  create(fields: Pick<Enterprise, 'name'> & Partial<Enterprise>): Promise<Enterprise> {
    const repo = this.tx.getRepository(Enterprise);
    return repo.save(repo.create(fields));
  }
}
