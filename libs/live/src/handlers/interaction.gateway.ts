import { ConnectedSocket, MessageBody, SubscribeMessage } from '@nestjs/websockets';
import type { ChatMessageView, PinnedProductView } from '@livefair/protocol';
import { ChatService } from '../chat/chat.service';
import { LikeService } from '../chat/like.service';
import { PinService } from '../chat/pin.service';
import { ChatBanDto, ChatModerateDto, ChatSendDto, LikeDto, PinDto } from '../dto/room.dto';
import { LiveGateway } from '../gateway/live-gateway.decorators';
import { LiveSocket, principalOf, requirePrincipal, requireRoom } from '../gateway/socket-principal';

/** Chat (login required), moderation and pins (booth staff), likes. */
@LiveGateway()
export class InteractionGateway {
  constructor(
    private readonly chat: ChatService,
    private readonly likes: LikeService,
    private readonly pins: PinService,
  ) {}

  @SubscribeMessage('chat.send')
  send(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ChatSendDto): Promise<ChatMessageView> {
    const principal = requirePrincipal(socket);
    return this.chat.send(principal, requireRoom(socket), dto.text);
  }

  @SubscribeMessage('chat.delete')
  async remove(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ChatModerateDto): Promise<null> {
    await this.chat.remove(principalOf(socket), requireRoom(socket), dto.messageId);
    return null;
  }

  @SubscribeMessage('chat.ban')
  async ban(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ChatBanDto): Promise<null> {
    await this.chat.ban(principalOf(socket), requireRoom(socket), dto.userId);
    return null;
  }

  @SubscribeMessage('like')
  async like(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: LikeDto): Promise<{ likeCount: number }> {
    const principal = requirePrincipal(socket);
    return { likeCount: await this.likes.like(principal, requireRoom(socket), dto.count) };
  }

  @SubscribeMessage('pin.set')
  pin(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: PinDto): Promise<PinnedProductView | null> {
    return this.pins.pin(principalOf(socket), requireRoom(socket), dto.productId);
  }
}
