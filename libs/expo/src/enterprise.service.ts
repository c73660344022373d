import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Enterprise } from './entities/enterprise.entity';

@Injectable()
export class EnterpriseService {
  constructor(@InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>) {}

  /** Creates an enterprise, inside the caller's transaction when one is given. */
  create(fields: Pick<Enterprise, 'name'> & Partial<Enterprise>, manager?: EntityManager): Promise<Enterprise> {
    const repo = manager ? manager.getRepository(Enterprise) : this.enterprises;
    return repo.save(repo.create(fields));
  }
}
