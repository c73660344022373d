import { ConnectedSocket, MessageBody, SubscribeMessage } from '@nestjs/websockets';
import { EmptyPayload, LiveGateway, LiveSocket, principalOf, requirePrincipal, requireRoom } from '@livefair/live';
import type { DealBuyResult, DealListResult, FlashDealView } from '@livefair/protocol';
import { DealBuyService } from './deal-buy.service';
import { toDealBuyResult } from './deal-views';
import { DealService } from './deal.service';
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

  @SubscribeMessage('deal.buy')
  async buy(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: BuyDealDto): Promise<DealBuyResult> {
    const principal = requirePrincipal(socket);
    const { order, replayed } = await this.buys.buy(principal, dto.dealId, dto.quantity, dto.idempotencyKey, requireRoom(socket));
    return toDealBuyResult(order, replayed);
  }
}
