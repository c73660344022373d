import type { Type } from '@nestjs/common';
import { MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';

/** The event names the gateways' @SubscribeMessage handlers take, read as Nest's own explorer reads them. */
export function subscribedEvents(gateways: Type[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const gateway of gateways) {
    const proto = gateway.prototype as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(proto)) {
      const fn = proto[key];
      if (typeof fn !== 'function' || !Reflect.getMetadata(MESSAGE_MAPPING_METADATA, fn)) continue;
      const name: unknown = Reflect.getMetadata(MESSAGE_METADATA, fn);
      if (typeof name === 'string') names.add(name);
    }
  }
  return names;
}
