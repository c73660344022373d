import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { findDecoratedMethods } from '../discovery/decorated-methods';
import { TransactionalConnection } from '../transaction/transactional-connection';
import {
  DOMAIN_EVENT_SUBSCRIBER,
  DomainEventBatchHandler,
  DomainEventHandler,
  DomainEventName,
  DomainEvents,
  DomainEventSubscriberMeta,
} from './domain-events';

interface Subscriber {
  handler: (payload: unknown) => Promise<void> | void;
  where: string;
  /** Takes an array of payloads (OnDomainEvents). */
  batch: boolean;
}

/**
 * In-process domain events, delivered after commit (Vendure's EventBus rule): published
 * inside `TransactionalConnection.run`, an event reaches its subscribers once that
 * transaction has committed, before the outermost `run` resolves, and never if it rolls
 * back; published outside a transaction, right after the current call. Subscribers run
 * one after another, each outside the publisher's transaction; one that throws is logged
 * and the others still run. `publishAll` delivers many events of one name as one: a batch
 * subscriber (OnDomainEvents) gets them in one call, the others one event after another.
 *
 * For work that must happen in another process, or survive a crash, enqueue a job with
 * `Outbox.enqueue` in the same transaction instead.
 */
@Injectable()
export class EventBus implements OnModuleInit {
  private readonly logger = new Logger('EventBus');
  private readonly subscribers = new Map<string, Subscriber[]>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  publish<N extends DomainEventName>(name: N, payload: DomainEvents[N]): void {
    this.tx.afterCommit(() => this.deliver(name, [payload]));
  }

  /** Many events of one name (in this order), delivered together after commit. */
  publishAll<N extends DomainEventName>(name: N, payloads: readonly DomainEvents[N][]): void {
    if (payloads.length) this.tx.afterCommit(() => this.deliver(name, payloads));
  }

  /** Adds a subscriber in code (the decorator is the usual way); returns the unsubscribe. */
  subscribe<N extends DomainEventName>(name: N, handler: DomainEventHandler<N>, where = 'subscribe()'): () => void {
    const entry: Subscriber = { handler: handler as Subscriber['handler'], where, batch: false };
    return this.add(name, entry);
  }

  /** Adds a subscriber that takes arrays of payloads (OnDomainEvents); returns the unsubscribe. */
  subscribeBatch<N extends DomainEventName>(
    name: N,
    handler: DomainEventBatchHandler<N>,
    where = 'subscribeBatch()',
  ): () => void {
    return this.add(name, { handler: handler as Subscriber['handler'], where, batch: true });
  }

  private add(name: string, entry: Subscriber): () => void {
    const list = this.subscribers.get(name) ?? [];
    list.push(entry);
    this.subscribers.set(name, list);
    return () => {
      const current = this.subscribers.get(name) ?? [];
      this.subscribers.set(
        name,
        current.filter((s) => s !== entry),
      );
    };
  }

  onModuleInit(): void {
    for (const m of findDecoratedMethods<DomainEventSubscriberMeta>(this.discovery, this.scanner, DOMAIN_EVENT_SUBSCRIBER)) {
      if (m.meta.batch) this.subscribeBatch(m.meta.name, m.fn as DomainEventBatchHandler<DomainEventName>, m.where);
      else this.subscribe(m.meta.name, m.fn as DomainEventHandler<DomainEventName>, m.where);
    }
  }

  private async deliver(name: string, payloads: readonly unknown[]): Promise<void> {
    for (const s of [...(this.subscribers.get(name) ?? [])]) {
      if (s.batch) await this.call(s, name, payloads);
      else for (const p of payloads) await this.call(s, name, p);
    }
  }

  private async call(s: Subscriber, name: string, arg: unknown): Promise<void> {
    try {
      await s.handler(arg);
    } catch (err) {
      this.logger.error({ err, event: name, subscriber: s.where }, `subscriber ${s.where} of ${name} failed`);
    }
  }
}
