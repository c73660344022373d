import { Inject, Injectable } from '@nestjs/common';
import { EnqueueOptions, QUEUE_DRIVER, QueueDriver } from './job-queue';
import { JobName, JobPayloads } from './job-registry';

/** What services inject to enqueue background work. */
@Injectable()
export class JobQueue {
  constructor(@Inject(QUEUE_DRIVER) private readonly driver: QueueDriver) {}

  get kind(): QueueDriver['kind'] {
    return this.driver.kind;
  }

  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    return this.driver.add(name, payload, options);
  }

  ping(): Promise<void> {
    return this.driver.ping();
  }

  drain(timeoutMs = 10_000): Promise<void> {
    return this.driver.drain(timeoutMs);
  }
}
