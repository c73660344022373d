import { DiscoveryService, MetadataScanner } from '@nestjs/core';

export interface DecoratedMethod<M> {
  meta: M;
  /** `Class.method`, for messages. */
  where: string;
  /** The method bound to its provider instance. */
  fn: (...args: never[]) => Promise<void>;
}

/**
 * Every method of a static (singleton) provider that carries `metadataKey`: how
 * `@JobHandler` and `@OnDomainEvent` methods are found at start-up.
 */
export function findDecoratedMethods<M>(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  metadataKey: string,
): DecoratedMethod<M>[] {
  const out: DecoratedMethod<M>[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
    const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(proto)) {
      const meta = Reflect.getMetadata(metadataKey, proto[method] as object) as M | undefined;
      if (meta === undefined) continue;
      const fn = (instance[method] as (...args: never[]) => Promise<void>).bind(instance);
      out.push({ meta, where: `${proto.constructor.name}.${method}`, fn });
    }
  }
  return out;
}
