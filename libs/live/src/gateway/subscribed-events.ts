import type { Type } from '@nestjs/common';
import type { DiscoveryService } from '@nestjs/core';
import { GATEWAY_OPTIONS, MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';

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

/**
 * Every gateway class among the app's providers that serves `namespace`, whichever lib declares
 * it (the orders context adds flash-deal events to `/live`).
 */
export function gatewaysOf(discovery: DiscoveryService, namespace: string): Type[] {
  const found = new Set<Type>();
  for (const wrapper of discovery.getProviders()) {
    const type = wrapper.metatype as Type | undefined;
    if (typeof type !== 'function') continue;
    const options = Reflect.getMetadata(GATEWAY_OPTIONS, type) as { namespace?: unknown } | undefined;
    if (options?.namespace === namespace) found.add(type);
  }
  return [...found];
}
