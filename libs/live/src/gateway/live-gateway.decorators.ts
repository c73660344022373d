import { applyDecorators, UseFilters, UsePipes } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { AckResults, socketCors, socketOriginCheck, SocketValidationPipe, WsAckFilter } from '@livefair/core';

export const LIVE_NAMESPACE = '/live';

/**
 * Every live gateway: the `/live` namespace, payloads validated with the HTTP bodies' rules,
 * results acked as `{ ok: true, data }`, failures as `{ ok: false, error }`.
 */
export const LiveGateway = () =>
  applyDecorators(
    // Browsers may connect only from the page's own origin, PUBLIC_URL's or CORS_ORIGINS (core's OriginPolicy).
    WebSocketGateway({
      namespace: LIVE_NAMESPACE,
      cors: socketCors,
      allowRequest: socketOriginCheck,
      maxHttpBufferSize: 64 * 1024,
    }),
    UseFilters(WsAckFilter),
    AckResults(),
    // A class, not an instance: Nest builds it with the app's config (JSON_MAX_DEPTH).
    UsePipes(SocketValidationPipe),
  );
