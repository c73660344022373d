import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayDisconnect, OnGatewayInit, SubscribeMessage } from '@nestjs/websockets';
import { authenticateSocket, classifyError, TokenService } from '@livefair/core';
import type { JoinResult, LiveSessionView, StreamHealthView } from '@livefair/protocol';
import type { Namespace } from 'socket.io';
import { JoinDto } from '../dto/room.dto';
import { LiveGateway } from '../gateway/live-gateway.decorators';
import { RoomHub } from '../gateway/room-hub';
import { LiveSocket, principalOf, requireRoom } from '../gateway/socket-principal';
import { LiveRoomService } from '../room/live-room.service';
import { streamHealth } from '../room/stream-health';

/** Handshake auth, joining/leaving rooms, ending a broadcast, stream health. */
@LiveGateway()
export class RoomGateway implements OnGatewayInit<Namespace>, OnGatewayDisconnect<LiveSocket> {
  private readonly logger = new Logger('RoomGateway');

  constructor(
    private readonly tokens: TokenService,
    private readonly rooms: LiveRoomService,
    private readonly hub: RoomHub,
  ) {}

  afterInit(nsp: Namespace): void {
    this.hub.attach(nsp);
    nsp.use((socket, next) => {
      try {
        (socket as LiveSocket).data.principal = authenticateSocket(socket, this.tokens);
        next();
      } catch (err) {
        const { body } = classifyError(err);
        next(Object.assign(new Error(body.message), { data: { code: body.code, message: body.message } }));
      }
    });
  }

  async handleDisconnect(socket: LiveSocket): Promise<void> {
    await this.rooms.leave(socket).catch((err: unknown) => this.logger.warn({ err }, 'leave on disconnect failed'));
  }

  @SubscribeMessage('session.whoami')
  whoami(@ConnectedSocket() socket: LiveSocket) {
    const p = principalOf(socket);
    return p ? { userId: p.userId, role: p.role, enterpriseId: p.enterpriseId, displayName: p.displayName } : null;
  }

  @SubscribeMessage('room.join')
  join(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: JoinDto): Promise<JoinResult> {
    return this.rooms.join(socket, dto.sessionId, dto.as);
  }

  @SubscribeMessage('room.leave')
  async leave(@ConnectedSocket() socket: LiveSocket): Promise<null> {
    await this.rooms.leave(socket);
    return null;
  }

  @SubscribeMessage('session.end')
  end(@ConnectedSocket() socket: LiveSocket): Promise<LiveSessionView> {
    return this.rooms.end(principalOf(socket), requireRoom(socket));
  }

  @SubscribeMessage('stream.health')
  health(@ConnectedSocket() socket: LiveSocket): Promise<StreamHealthView> {
    return streamHealth(this.rooms.room(socket));
  }
}
