import { ArgumentMetadata, Inject, Injectable, Logger, OnModuleInit, PipeTransform, Type } from '@nestjs/common';
import {
  EXCEPTION_FILTERS_METADATA,
  GUARDS_METADATA,
  INTERCEPTORS_METADATA,
  PARAMTYPES_METADATA,
  PIPES_METADATA,
} from '@nestjs/common/constants';
import { DiscoveryService } from '@nestjs/core';
import { MESSAGE_MAPPING_METADATA, MESSAGE_METADATA, PARAM_ARGS_METADATA } from '@nestjs/websockets/constants';
import { WsParamtype } from '@nestjs/websockets/enums/ws-paramtype.enum';
import { isObservable } from 'rxjs';
import { answerFailure, APP_CONFIG, AppConfig, SocketValidationPipe, WsAckFilter } from '@livefair/core';
import { deliver, settle } from './lean-io.adapter';
import { LIVE_NAMESPACE } from './live-gateway.decorators';
import { LiveSocket } from './socket-principal';
import { gatewaysOf } from './subscribed-events';

type Ack = (body: unknown) => void;
export type DirectHandler = (socket: LiveSocket, payload: unknown, ack: Ack | undefined) => void;

interface Param {
  index: number;
  type: WsParamtype.SOCKET | WsParamtype.PAYLOAD;
  pipes: PipeTransform[];
  /** As Nest passes it for a socket parameter: `type` is the WsParamtype number, not an HTTP Paramtype. */
  metadata: ArgumentMetadata;
}

/**
 * The `/live` requests whose handlers run without Nest's per-call machinery. Nest wraps each
 * @SubscribeMessage handler in a context (an exceptions proxy, an interceptor and guard chain,
 * pipes applied through promises per parameter, an arguments array with the pattern); for the
 * half-dozen requests of every joining viewer that cost a measurable part of the join's server
 * CPU (`npm run bench:live`). The work it does for a live gateway is fixed by its decorators
 * (`@LiveGateway()`: SocketValidationPipe and WsAckFilter, results acked by AckResults), so a
 * handler whose metadata holds nothing more is called here directly, with the same pipes on the
 * same parameters, and a failure answered as WsAckFilter answers it (`answerFailure`). Anything
 * else (a guard, an interceptor, another pipe or filter, an @Ack or custom parameter) leaves the
 * handler on Nest's path, named in the log at start. Nest does not apply app-wide enhancers
 * (useGlobalPipes, APP_GUARD...) to gateways, so there are none to skip.
 *
 * EventGuard calls these after its checks (expiry, rate limits, event name, one JSON object),
 * in the next tick and only while the socket is connected, as socket.io delivers an event.
 */
@Injectable()
export class DirectDispatch implements OnModuleInit {
  private readonly logger = new Logger('DirectDispatch');
  private readonly handlers = new Map<string, DirectHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const validation = new SocketValidationPipe(this.config);
    const gateways = new Set(gatewaysOf(this.discovery, LIVE_NAMESPACE));
    const onNestPath: string[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !gateways.has(wrapper.metatype as Type)) continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(proto)) {
        const fn = proto[key];
        if (typeof fn !== 'function' || !Reflect.getMetadata(MESSAGE_MAPPING_METADATA, fn)) continue;
        const event = Reflect.getMetadata(MESSAGE_METADATA, fn) as string;
        const params = directParams(instance, key, fn, validation);
        if (typeof params === 'string') onNestPath.push(`${event} (${params})`);
        else this.handlers.set(event, directHandler(event, instance, fn as (...args: unknown[]) => unknown, params));
      }
    }
    if (onNestPath.length) this.logger.log(`through Nest's dispatch: ${onNestPath.join(', ')}`);
  }

  /** The direct handler of `event`, or undefined when Nest dispatches it. */
  handler(event: string): DirectHandler | undefined {
    return this.handlers.get(event);
  }

  /** The requests dispatched here (for tests). */
  get events(): string[] {
    return [...this.handlers.keys()];
  }
}

const SOLE = (list: unknown, only: unknown) => Array.isArray(list) && list.length === 1 && list[0] === only;
const NONE = (list: unknown) => list === undefined || (Array.isArray(list) && list.length === 0);

/** The handler's parameters with their pipes, or why Nest must dispatch it. */
function directParams(instance: object, key: string, fn: object, validation: PipeTransform): Param[] | string {
  const cls = instance.constructor;
  if (!NONE(Reflect.getMetadata(GUARDS_METADATA, cls)) || !NONE(Reflect.getMetadata(GUARDS_METADATA, fn))) return 'guards';
  if (!NONE(Reflect.getMetadata(INTERCEPTORS_METADATA, cls)) || !NONE(Reflect.getMetadata(INTERCEPTORS_METADATA, fn)))
    return 'interceptors';
  if (!SOLE(Reflect.getMetadata(PIPES_METADATA, cls), SocketValidationPipe) || !NONE(Reflect.getMetadata(PIPES_METADATA, fn)))
    return 'pipes';
  const filters = Reflect.getMetadata(EXCEPTION_FILTERS_METADATA, cls) as unknown;
  if (!SOLE(filters, WsAckFilter) || !NONE(Reflect.getMetadata(EXCEPTION_FILTERS_METADATA, fn))) return 'filters';
  const args = Reflect.getMetadata(PARAM_ARGS_METADATA, cls, key) as
    Record<string, { index: number; data?: unknown; pipes?: unknown[] }> | undefined;
  if (!args) return 'no parameter decorators';
  const paramtypes = (Reflect.getMetadata(PARAMTYPES_METADATA, instance, key) as unknown[] | undefined) ?? [];
  const params: Param[] = [];
  for (const [name, { index, data, pipes = [] }] of Object.entries(args)) {
    const type = Number(name.split(':')[0]);
    if ((type !== WsParamtype.SOCKET && type !== WsParamtype.PAYLOAD) || data !== undefined) return `parameter ${name}`;
    const own: PipeTransform[] = [];
    for (const pipe of pipes) {
      // A pipe class Nest would build without dependencies (EmptyPayload); others need Nest's injector.
      if (typeof pipe !== 'function' || pipe.length > 0 || Reflect.getMetadata(PARAMTYPES_METADATA, pipe)?.length)
        return `pipe on parameter ${index}`;
      own.push(new (pipe as new () => PipeTransform)());
    }
    params.push({
      index,
      type,
      pipes: [validation, ...own],
      metadata: {
        metatype: paramtypes[index] as ArgumentMetadata['metatype'],
        type: type as unknown as ArgumentMetadata['type'],
        data: undefined,
      },
    });
  }
  return params;
}

/** Nest's context for one handler, flattened: pipes per parameter, the call, its answer or failure. */
function directHandler(event: string, instance: object, fn: (...args: unknown[]) => unknown, params: Param[]): DirectHandler {
  const argc = Math.max(0, ...params.map((p) => p.index + 1));
  return (socket, payload, ack) => {
    const fail = (err: unknown) => answerFailure(client(socket), event, ack, err);
    let pending: Promise<unknown>[] | null = null;
    const args: unknown[] = new Array<unknown>(argc).fill(null);
    try {
      for (const p of params) {
        let value: unknown = p.type === WsParamtype.SOCKET ? socket : payload;
        for (let i = 0; i < p.pipes.length; i++) {
          value = p.pipes[i].transform(value, p.metadata);
          // An async pipe: the rest of this parameter's pipes after it, as Nest's PipesConsumer chains them.
          if (value instanceof Promise) {
            const rest = p.pipes.slice(i + 1);
            const chained = rest.reduce<Promise<unknown>>(
              (prev, pipe) => prev.then((v) => pipe.transform(v, p.metadata) as unknown),
              value,
            );
            (pending ??= []).push(chained.then((v) => void (args[p.index] = v)));
            break;
          }
        }
        if (!(value instanceof Promise)) args[p.index] = value;
      }
      if (pending) {
        Promise.all(pending)
          .then(() => settle(fn.apply(instance, args)))
          .then((response) => deliver(client(socket), response, ack), fail);
        return;
      }
      const result = fn.apply(instance, args);
      if (result instanceof Promise) result.then((response) => settleAndDeliver(socket, response, ack, fail), fail);
      else settleAndDeliver(socket, result, ack, fail);
    } catch (err) {
      fail(err);
    }
  };
}

function settleAndDeliver(socket: LiveSocket, response: unknown, ack: Ack | undefined, fail: (err: unknown) => void): void {
  if (isObservable(response)) settle(response).then((r) => deliver(client(socket), r, ack), fail);
  else deliver(client(socket), response, ack);
}

const client = (socket: LiveSocket) => socket as unknown as { emit(event: string, body: unknown): unknown };
