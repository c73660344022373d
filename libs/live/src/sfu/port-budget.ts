import { DomainError } from '@livefair/core';
import type { types } from 'mediasoup';

/** Set on transports whose ports were taken from the budget before they were created. */
export const BUDGETED = 'budgetedPorts';

/**
 * The UDP ports of one worker's share of RTC_MIN_PORT..RTC_MAX_PORT (a WebRTC transport takes one
 * UDP and one TCP port, a plain RTP transport two UDP ports, a pipe one: UDP is what runs out).
 * Viewers' transports may not take the last `reserved` ports, so a crowd, honest or not, can fill a
 * worker without leaving a publisher unable to (re)publish or a fan-out router unable to be piped.
 *
 * Our transports take their ports before they are created (a burst cannot overshoot); pipe transports,
 * which mediasoup creates inside pipeToRouter, are counted when they appear.
 */
export class PortBudget {
  private used = 0;

  constructor(
    readonly size: number,
    private readonly reserved: number,
  ) {}

  get free(): number {
    return this.size - this.used;
  }

  /** Room for `ports` more ports, for a viewer (outside the reserve) or a publisher (anywhere). */
  hasRoom(ports: number, forViewer: boolean): boolean {
    return this.free - ports >= (forViewer ? this.reserved : 0);
  }

  /** Takes `ports` or throws MEDIA_CAPACITY; the caller gives them back when its transport closes. */
  take(ports: number, forViewer: boolean): void {
    if (!this.hasRoom(ports, forViewer)) {
      throw new DomainError('MEDIA_CAPACITY', 'The media server has no free ports; try again later');
    }
    this.used += ports;
  }

  give(ports: number): void {
    this.used = Math.max(0, this.used - ports);
  }

  /** Counts the pipe transports mediasoup creates on this worker's routers. */
  watch(worker: types.Worker): void {
    worker.observer.on('newrouter', (router: types.Router) => {
      router.observer.on('newtransport', (transport: types.Transport) => {
        if (typeof transport.appData[BUDGETED] === 'number') return;
        this.used += 1;
        transport.observer.once('close', () => this.give(1));
      });
    });
  }
}

/**
 * mediasoup fails a transport with "no more available ports" when the range is used up (by us, or by
 * another process on the same range): that is capacity, not a bug.
 */
export function asCapacityError(err: unknown): unknown {
  if (err instanceof Error && !(err instanceof DomainError) && /available ports|port bind failed/i.test(err.message)) {
    return new DomainError('MEDIA_CAPACITY', 'The media server has no free ports; try again later');
  }
  return err;
}
