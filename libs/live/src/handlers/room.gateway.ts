import { Inject, Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
} from '@nestjs/websockets';
import { APP_CONFIG, AppConfig, authenticateSocket, classifyError, DomainError, TokenService } from '@livefair/core';
import type { JoinResult, LiveSessionView, StreamHealthView } from '@livefair/protocol';
import type { Namespace } from 'socket.io';
import { JoinDto, RefreshDto } from '../dto/room.dto';
import { EmptyPayload } from '../gateway/empty-payload.pipe';
import { clientIp } from '../gateway/client-ip';
import { EventGuard } from '../gateway/event-guard';
import { SocketIdentity } from '../gateway/socket-identity';
import { SocketQuota } from '../gateway/socket-quota';
import { LiveGateway } from '../gateway/live-gateway.decorators';
import { RoomHub } from '../gateway/room-hub';
import { LiveSocket, principalOf, requireRoom } from '../gateway/socket-principal';
import { LiveRoomService } from '../room/live-room.service';
import { RoomLifecycle } from '../room/room-lifecycle';
import { streamHealth } from '../room/stream-health';

/** Handshake auth, joining/leaving rooms, ending a broadcast, stream health. */
@LiveGateway()
export class RoomGateway implements OnGatewayInit<Namespace>, OnGatewayConnection<LiveSocket>, OnGatewayDisconnect<LiveSocket> {
  private readonly logger = new Logger('RoomGateway');

  constructor(
    private readonly tokens: TokenService,
    private readonly rooms: LiveRoomService,
    private readonly lifecycle: RoomLifecycle,
    private readonly hub: RoomHub,
    private readonly guard: EventGuard,
    private readonly quota: SocketQuota,
    private readonly identity: SocketIdentity,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(nsp: Namespace): void {
    this.hub.attach(nsp);
    nsp.use((socket, next) => {
      try {
        (socket as LiveSocket).data.ip = clientIp(socket, this.config.http.trustProxy);
        (socket as LiveSocket).data.principal = authenticateSocket(socket, this.tokens);
        this.quota.admit(socket as LiveSocket);
        next();
      } catch (err) {
        const { body } = classifyError(err);
        next(Object.assign(new Error(body.message), { data: { code: body.code, message: body.message } }));
      }
    });
  }

  handleConnection(socket: LiveSocket): void {
    this.identity.track(socket);
    this.guard.attach(socket);
  }

  async handleDisconnect(socket: LiveSocket): Promise<void> {
    await this.rooms.leave(socket).catch((err: unknown) => this.logger.warn({ err }, 'leave on disconnect failed'));
  }

  @SubscribeMessage('session.whoami')
  whoami(@ConnectedSocket() socket: LiveSocket, @MessageBody(EmptyPayload) _body: Record<string, never>) {
    const p = principalOf(socket);
    return p ? { userId: p.userId, role: p.role, enterpriseId: p.enterpriseId, displayName: p.displayName } : null;
  }

  @SubscribeMessage('session.refresh')
  refresh(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: RefreshDto): { expiresAt: string } {
    return { expiresAt: new Date(this.identity.refresh(socket, dto.token).expiresAt * 1000).toISOString() };
  }

  @SubscribeMessage('room.join')
  join(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: JoinDto): Promise<JoinResult> {
    return this.rooms.join(socket, dto.sessionId, dto.as);
  }

  @SubscribeMessage('room.leave')
  async leave(@ConnectedSocket() socket: LiveSocket, @MessageBody(EmptyPayload) _body: Record<string, never>): Promise<null> {
    await this.rooms.leave(socket);
    return null;
  }

  @SubscribeMessage('session.end')
  end(@ConnectedSocket() socket: LiveSocket, @MessageBody(EmptyPayload) _body: Record<string, never>): Promise<LiveSessionView> {
    return this.lifecycle.end(principalOf(socket), requireRoom(socket));
  }

  @SubscribeMessage('stream.health')
  health(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(EmptyPayload) _body: Record<string, never>,
  ): Promise<StreamHealthView> {
    const room = this.rooms.room(socket);
    if (!socket.data.staff) throw new DomainError('NOT_BOOTH_STAFF', "Stream health is for the booth's staff");
    return streamHealth(room);
  }
}
