import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { findDecoratedMethods } from '../discovery/decorated-methods';
import { JOB_HANDLER, JobHandlerMeta } from './job-handler.decorator';
import { JobFn, QUEUE_DRIVER, QueueDriver } from './job-queue';
import { jobTable } from './job-registry';

interface FoundHandler {
  name: string;
  where: string;
  fn: JobFn;
}

/** Checks that each declared job has exactly one handler; pure so startup and tests share it. */
export function checkHandlers(found: { name: string; where: string }[], declared: readonly string[]): void {
  const problems: string[] = [];
  for (const name of declared) {
    const owners = found.filter((f) => f.name === name);
    if (owners.length === 0) problems.push(`job "${name}" has no handler`);
    if (owners.length > 1)
      problems.push(`job "${name}" has ${owners.length} handlers (${owners.map((o) => o.where).join(', ')})`);
  }
  for (const f of found) {
    if (!declared.includes(f.name)) problems.push(`handler ${f.where} is for unknown job "${f.name}"`);
  }
  if (problems.length) throw new Error(`Job handlers are not consistent: ${problems.join('; ')}`);
}

/** Present only in processes that run jobs (worker, all-in-one). */
@Injectable()
export class JobRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger('JobRunner');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const found = this.discover();
    jobTable.check();
    checkHandlers(found, jobTable.jobNames());
    await this.driver.consume(new Map(found.map((h) => [h.name, h.fn])));
    const queues = [...new Set(found.map((h) => jobTable.job(h.name).queue))].sort();
    this.logger.log(`running ${found.length} job handlers on the ${this.driver.kind} queue (${queues.join(', ')})`);
  }

  private discover(): FoundHandler[] {
    return findDecoratedMethods<JobHandlerMeta>(this.discovery, this.scanner, JOB_HANDLER).map((m) => ({
      name: m.meta.name,
      where: m.where,
      fn: m.fn as JobFn,
    }));
  }
}
