import { Logger, UseFilters, UseInterceptors, UsePipes } from '@nestjs/common';
import {
  ConnectedSocket,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { authenticateSocket, classifyError, createValidationPipe, TokenService, WsAckFilter, WsAckInterceptor } from '@livefair/core';
import type { Namespace } from 'socket.io';
import { LiveSocket, principalOf } from './socket-principal';

/**
 * The `/live` namespace. The handshake carries the same JWT as HTTP
 * (`auth: { token }`); anonymous sockets may connect and watch, a bad token is refused.
 */
@WebSocketGateway({ namespace: '/live', cors: { origin: true, credentials: true }, maxHttpBufferSize: 64 * 1024 })
@UseFilters(WsAckFilter)
@UseInterceptors(WsAckInterceptor)
@UsePipes(createValidationPipe())
export class LiveGateway implements OnGatewayInit<Namespace> {
  private readonly logger = new Logger('LiveGateway');

  constructor(private readonly tokens: TokenService) {}

  afterInit(nsp: Namespace): void {
    nsp.use((socket, next) => {
      try {
        (socket as LiveSocket).data.principal = authenticateSocket(socket, this.tokens);
        next();
      } catch (err) {
        const { body } = classifyError(err);
        const refusal = new Error(body.message) as Error & { data: unknown };
        refusal.data = { code: body.code, message: body.message };
        next(refusal);
      }
    });
    this.logger.log('live namespace ready');
  }

  @SubscribeMessage('session.whoami')
  whoami(@ConnectedSocket() socket: LiveSocket) {
    const p = principalOf(socket);
    return p ? { userId: p.userId, role: p.role, enterpriseId: p.enterpriseId, displayName: p.displayName } : null;
  }
}
