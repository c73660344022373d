import { Injectable } from '@nestjs/common';
import { MetricsService } from '@livefair/core';
import type { Counter, Gauge } from 'prom-client';

/** Flash deals' instruments in the process's Prometheus registry (`/metrics`). */
@Injectable()
export class DealMetrics {
  /** Buy answers by outcome: confirmed, replayed, or the refusal's code. */
  readonly buys: Counter<string>;
  /** Group-commit transactions and the orders they committed. */
  readonly batches: Counter<string>;
  readonly batchOrders: Counter<string>;
  /** Disagreements between Redis and MySQL found (and fixed) by reconciliation, by kind. */
  readonly reconcileFixes: Counter<string>;
  /** Reservations waiting for MySQL in this process. */
  readonly queueDepth: Gauge<string>;

  constructor(metrics: MetricsService) {
    this.buys = metrics.counter('livefair_deal_buys_total', 'Flash-deal buy answers by outcome', ['outcome']);
    this.batches = metrics.counter('livefair_deal_batches_total', 'Flash-deal group-commit transactions by result', ['result']);
    this.batchOrders = metrics.counter('livefair_deal_batch_orders_total', 'Flash-deal orders committed by group commit');
    this.reconcileFixes = metrics.counter(
      'livefair_deal_reconcile_fixes_total',
      'Redis counters of flash deals that disagreed with MySQL and were fixed, by kind',
      ['kind'],
    );
    this.queueDepth = metrics.gauge('livefair_deal_queue_depth', 'Flash-deal reservations waiting for MySQL in this process');
  }
}
