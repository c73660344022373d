import { Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { isObservable, lastValueFrom, Observable } from 'rxjs';

type Ack = (response: unknown) => void;
/** The socket.io copy @nestjs/platform-socket.io is built on (it pins its own version). */
type NestIoSocket = Parameters<IoAdapter['bindMessageHandlers']>[0];

/**
 * socket.io for Nest gateways without an rxjs pipeline per request. Nest's IoAdapter turns every
 * event of every socket into `fromEvent -> mergeMap -> filter -> map -> takeUntil` and subscribes
 * to it; in a join burst that machinery (and the promises and garbage it makes) cost more server
 * CPU than mediasoup itself (V8 profile of `npm run bench:live`). Here each subscribed event is one
 * plain listener that awaits Nest's handler (guards, pipes, filters as usual) and acks its result,
 * the same contract as IoAdapter: a nullish result sends nothing, `{ event, data }` is emitted
 * back, anything else goes to the client's ack.
 */
export class LeanIoAdapter extends IoAdapter {
  private readonly log = new Logger('LeanIoAdapter');

  bindMessageHandlers(
    socket: NestIoSocket,
    handlers: MessageMappingProperties[],
    _transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(String(message), (...args: unknown[]) => {
        const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as Ack) : undefined;
        const data = args.length === 1 ? args[0] : args.length === 0 ? undefined : args;
        settle(callback(data, ack)).then(
          (response) => deliver(socket, response, isAckHandledManually ? undefined : ack),
          // Nest's exception filters answer failures; this is only what escaped them.
          (err: unknown) => this.log.error({ err, event: message }, 'socket handler failed outside its filters'),
        );
      });
    }
  }
}

/** IoAdapter's answer to a handler's result: nothing for nullish, `{ event, data }` emitted back, anything else acked. */
export function deliver(socket: { emit(event: string, data: unknown): unknown }, response: unknown, ack: Ack | undefined): void {
  if (response === null || response === undefined) return;
  const emitted = response as { event?: unknown; data?: unknown };
  if (typeof emitted === 'object' && emitted.event) return void socket.emit(String(emitted.event), emitted.data);
  if (ack) ack(response);
}

export async function settle(result: unknown): Promise<unknown> {
  const value = await result;
  return isObservable(value) ? lastValueFrom(value, { defaultValue: undefined }) : value;
}
