import { Module } from '@nestjs/common';
import { LiveModule } from '@livefair/live';
import { OrdersModule } from '../orders.module';
import { DealRoomRelay } from './deal-room-relay';
import { DealGateway } from './deal.gateway';

/** Flash deals in live rooms: the `deal.*` socket requests and the room broadcasts. For processes that host LiveModule. */
@Module({ imports: [OrdersModule, LiveModule], providers: [DealGateway, DealRoomRelay] })
export class FlashDealsLiveModule {}
