import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { findDecoratedMethods } from '../discovery/decorated-methods';
import { TransactionalConnection } from '../transaction/transactional-connection';
import {
  DOMAIN_EVENT_SUBSCRIBER,
  DomainEventHandler,
  DomainEventName,
  DomainEvents,
  DomainEventSubscriberMeta,
} from './domain-events';

interface Subscriber {
  handler: (payload: unknown) => Promise<void> | void;
  where: string;
}

/**
 * In-process domain events, delivered after commit (Vendure's EventBus rule): published
 * inside `TransactionalConnection.run`, an event reaches its subscribers once that
 * transaction has committed, before the outermost `run` resolves, and never if it rolls
 * back; published outside a transaction, right after the current call. Subscribers run
 * one after another, each outside the publisher's transaction; one that throws is logged
 * and the others still run.
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
    this.tx.afterCommit(() => this.deliver(name, payload));
  }

  /** Adds a subscriber in code (the decorator is the usual way); returns the unsubscribe. */
  subscribe<N extends DomainEventName>(name: N, handler: DomainEventHandler<N>, where = 'subscribe()'): () => void {
    const entry: Subscriber = { handler: handler as Subscriber['handler'], where };
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
      this.subscribe(m.meta.name, m.fn as DomainEventHandler<DomainEventName>, m.where);
    }
  }

  private async deliver(name: string, payload: unknown): Promise<void> {
    for (const s of [...(this.subscribers.get(name) ?? [])]) {
      try {
        await s.handler(payload);
      } catch (err) {
        this.logger.error({ err, event: name, subscriber: s.where }, `subscriber ${s.where} of ${name} failed`);
      }
    }
  }
}
