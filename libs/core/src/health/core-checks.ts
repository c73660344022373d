import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../queue/job-queue.service';
import { HealthRegistry } from './health-registry';

@Injectable()
export class CoreHealthChecks implements OnModuleInit {
  constructor(
    private readonly registry: HealthRegistry,
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.registry.register('database', async () => {
      await this.dataSource.query('SELECT 1');
      return { up: true, engine: this.dataSource.options.type };
    });
    this.registry.register('queue', async () => {
      await this.queue.ping();
      return { up: true, driver: this.queue.kind };
    });
  }
}
