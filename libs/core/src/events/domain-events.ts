/**
 * Domain events: facts a context publishes for other contexts in the same process
 * ("this live session went live"). Core lists none: the publishing context declares its
 * events' names and payloads, as types only, by declaration merging:
 *
 *   export interface LiveSessionStatusChanged { sessionId: string; ... }
 *   interface LiveEvents { 'live.session-status-changed': LiveSessionStatusChanged }
 *   declare module '@livefair/core' {
 *     interface DomainEvents extends LiveEvents {}
 *   }
 *
 * A subscriber names the event; it needs no import of the publisher's lib, so two
 * contexts that use each other's services can still listen to each other's events.
 * Payloads are plain data (ids and values), as for jobs.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface DomainEvents {}

export type DomainEventName = keyof DomainEvents & string;

export type DomainEventHandler<N extends DomainEventName> = (payload: DomainEvents[N]) => Promise<void> | void;

/** A subscriber that takes the events of one delivery at once (see OnDomainEvents). */
export type DomainEventBatchHandler<N extends DomainEventName> = (payloads: readonly DomainEvents[N][]) => Promise<void> | void;

export const DOMAIN_EVENT_SUBSCRIBER = 'livefair:domain-event-subscriber';

export interface DomainEventSubscriberMeta {
  name: DomainEventName;
  /** The handler takes an array: every event of one `publishAll` at once (one event for `publish`). */
  batch?: boolean;
}

/**
 * Marks a provider method as a subscriber of a domain event: it runs after the
 * publishing transaction commits (never if it rolls back). Its failure is logged and
 * does not reach the publisher.
 */
export function OnDomainEvent<N extends DomainEventName>(name: N) {
  return <M extends (payload: DomainEvents[N]) => Promise<void> | void>(
    _target: object,
    _key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    const meta: DomainEventSubscriberMeta = { name };
    Reflect.defineMetadata(DOMAIN_EVENT_SUBSCRIBER, meta, descriptor.value as object);
  };
}

/**
 * Like OnDomainEvent, for a subscriber that handles many events at once: it gets every payload a
 * transaction published with `EventBus.publishAll` in one call (a flash deal's batch of orders:
 * one query for all of them instead of one each), and a one-element array for `publish`.
 */
export function OnDomainEvents<N extends DomainEventName>(name: N) {
  return <M extends (payloads: readonly DomainEvents[N][]) => Promise<void> | void>(
    _target: object,
    _key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    const meta: DomainEventSubscriberMeta = { name, batch: true };
    Reflect.defineMetadata(DOMAIN_EVENT_SUBSCRIBER, meta, descriptor.value as object);
  };
}
