import { applyDecorators, UseFilters, UseInterceptors, UsePipes } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { SocketValidationPipe, WsAckFilter, WsAckInterceptor } from '@livefair/core';

export const LIVE_NAMESPACE = '/live';

/**
 * Every live gateway: the `/live` namespace, payloads validated with the HTTP bodies' rules,
 * results acked as `{ ok: true, data }`, failures as `{ ok: false, error }`.
 */
export const LiveGateway = () =>
  applyDecorators(
    WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: { origin: true, credentials: true }, maxHttpBufferSize: 64 * 1024 }),
    UseFilters(WsAckFilter),
    UseInterceptors(WsAckInterceptor),
    UsePipes(new SocketValidationPipe()),
  );
