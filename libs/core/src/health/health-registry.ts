import { Injectable } from '@nestjs/common';

export interface HealthResult {
  up: boolean;
  [detail: string]: unknown;
}

export type HealthCheckFn = () => Promise<HealthResult>;

/** Contexts register what this process depends on (database, queue, mediasoup workers). */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheckFn>();

  register(name: string, check: HealthCheckFn): void {
    this.checks.set(name, check);
  }

  entries(): [string, HealthCheckFn][] {
    return [...this.checks.entries()];
  }
}
