import { ConnectedSocket, MessageBody, SubscribeMessage } from '@nestjs/websockets';
import { AckFailure, DomainError, Principal } from '@livefair/core';
import { EmptyPayload, LiveGateway, LiveSocket, principalOf, requirePrincipal, requireRoom } from '@livefair/live';
import type { DealBuyResult, DealListResult, FlashDealView } from '@livefair/protocol';
import { DealBuyService } from './deal-buy.service';
import { toDealBuyResult } from './deal-views';
import { DealService } from './deal.service';
import { BuyDealPayload } from './dto/buy-payload.pipe';
import { BuyDealDto, StartDealDto, StopDealDto } from './dto/deal.dto';

/** Flash deals in the room the socket joined: start and stop (booth staff), list, buy (logged-in buyers). */
@LiveGateway()
export class DealGateway {
  constructor(
    private readonly deals: DealService,
    private readonly buys: DealBuyService,
  ) {}

  @SubscribeMessage('deal.start')
  start(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: StartDealDto): Promise<FlashDealView> {
    return this.deals.start(principalOf(socket), requireRoom(socket), dto);
  }

  @SubscribeMessage('deal.stop')
  stop(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: StopDealDto): Promise<FlashDealView> {
    return this.deals.stop(principalOf(socket), dto.dealId, requireRoom(socket));
  }

  @SubscribeMessage('deal.list')
  list(@ConnectedSocket() socket: LiveSocket, @MessageBody(EmptyPayload) _body: Record<string, never>): Promise<DealListResult> {
    return this.deals.list(requireRoom(socket), principalOf(socket));
  }

  // The body arrives untyped (the gateway's class-validator pipe passes it through) and BuyDealPayload checks it.
  // Refusals (most of a burst) are returned, not thrown: the same ack, without Nest's exception path.
  @SubscribeMessage('deal.buy')
  buy(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(BuyDealPayload) body: Record<string, unknown>,
  ): Promise<DealBuyResult | AckFailure> | AckFailure {
    const dto = body as unknown as BuyDealDto;
    let principal: Principal;
    let room: string;
    try {
      principal = requirePrincipal(socket);
      room = requireRoom(socket);
    } catch (err) {
      return new AckFailure(err);
    }
    return this.buys.buy(principal, dto.dealId, dto.quantity, dto.idempotencyKey, room).then(
      ({ order, replayed }) => toDealBuyResult(order, replayed),
      (err: unknown) => {
        if (err instanceof DomainError) return new AckFailure(err);
        throw err;
      },
    );
  }
}
