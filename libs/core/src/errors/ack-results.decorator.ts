import { MESSAGE_MAPPING_METADATA } from '@nestjs/websockets/constants';
import { AckFailure, ackError, ackOk } from './ws-ack';

/**
 * Class decorator for socket gateways: every @SubscribeMessage handler's result is acked as
 * `{ ok: true, data }` (failures become `{ ok: false, error }` in WsAckFilter). It wraps the
 * handlers once, at class definition, instead of running an interceptor per event (Nest's
 * interceptor chain binds async resources and builds rxjs pipelines for every message).
 * Apply it after (above) the handlers' own decorators; their metadata moves to the wrapper.
 * A handler may return an `AckFailure` to answer a failure without throwing.
 */
const toAck = (data: unknown) => (data instanceof AckFailure ? ackError(data.error) : ackOk(data ?? null));

export function AckResults(): ClassDecorator {
  return (target) => {
    const proto = target.prototype as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key);
      const original = descriptor?.value as ((...args: unknown[]) => unknown) | undefined;
      if (key === 'constructor' || typeof original !== 'function' || !Reflect.getMetadata(MESSAGE_MAPPING_METADATA, original))
        continue;
      const wrapped = function (this: unknown, ...args: unknown[]): unknown {
        const result = original.apply(this, args);
        return result instanceof Promise ? result.then(toAck) : toAck(result);
      };
      for (const k of Reflect.getMetadataKeys(original)) Reflect.defineMetadata(k, Reflect.getMetadata(k, original), wrapped);
      Object.defineProperty(wrapped, 'name', { value: original.name });
      Object.defineProperty(proto, key, { ...descriptor, value: wrapped });
    }
  };
}
