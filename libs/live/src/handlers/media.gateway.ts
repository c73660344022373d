import { ConnectedSocket, MessageBody, SubscribeMessage } from '@nestjs/websockets';
import type { ConsumeResult, TransportView } from '@livefair/protocol';
import type { types } from 'mediasoup';
import {
  ConnectTransportDto,
  ConsumeDto,
  ConsumerDto,
  CreateTransportDto,
  PreferredLayersDto,
  ProduceDto,
  ProducerDto,
} from '../dto/room.dto';
import { LiveGateway } from '../gateway/live-gateway.decorators';
import { LiveSocket } from '../gateway/socket-principal';
import { LiveRoomService } from '../room/live-room.service';

type Json = Record<string, unknown>;

/** WebRTC signalling: transports, producing (staff only), consuming. One small handler per event. */
@LiveGateway()
export class MediaGateway {
  constructor(private readonly rooms: LiveRoomService) {}

  @SubscribeMessage('transport.create')
  async createTransport(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: CreateTransportDto): Promise<TransportView> {
    const t = await this.rooms.room(socket).createWebRtcTransport(socket.id, dto.direction);
    return {
      id: t.id,
      iceParameters: t.iceParameters as unknown as Json,
      iceCandidates: t.iceCandidates as unknown as Json[],
      dtlsParameters: t.dtlsParameters as unknown as Json,
    };
  }

  @SubscribeMessage('transport.connect')
  async connect(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ConnectTransportDto): Promise<null> {
    await this.rooms
      .room(socket)
      .connectTransport(socket.id, dto.transportId, dto.dtlsParameters as unknown as types.DtlsParameters);
    return null;
  }

  @SubscribeMessage('produce')
  async produce(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ProduceDto): Promise<{ producerId: string }> {
    const room = this.rooms.room(socket);
    const producer = await room.produce(
      socket.id,
      dto.transportId,
      dto.kind,
      dto.rtpParameters as unknown as types.RtpParameters,
      dto.source,
    );
    return { producerId: producer.id };
  }

  @SubscribeMessage('producer.pause')
  async pause(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ProducerDto): Promise<null> {
    await this.rooms.room(socket).setProducerPaused(socket.id, dto.producerId, true);
    return null;
  }

  @SubscribeMessage('producer.resume')
  async resume(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ProducerDto): Promise<null> {
    await this.rooms.room(socket).setProducerPaused(socket.id, dto.producerId, false);
    return null;
  }

  @SubscribeMessage('producer.close')
  closeProducer(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ProducerDto): null {
    this.rooms.room(socket).closeProducer(socket.id, dto.producerId);
    return null;
  }

  @SubscribeMessage('consume')
  async consume(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ConsumeDto): Promise<ConsumeResult> {
    const c = await this.rooms
      .room(socket)
      .consume(socket.id, dto.transportId, dto.producerId, dto.rtpCapabilities as unknown as types.RtpCapabilities);
    return { consumerId: c.id, producerId: c.producerId, kind: c.kind, rtpParameters: c.rtpParameters as unknown as Json };
  }

  @SubscribeMessage('consumer.resume')
  async resumeConsumer(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: ConsumerDto): Promise<null> {
    await this.rooms.room(socket).resumeConsumer(socket.id, dto.consumerId);
    return null;
  }

  @SubscribeMessage('consumer.setPreferredLayers')
  async layers(@ConnectedSocket() socket: LiveSocket, @MessageBody() dto: PreferredLayersDto): Promise<null> {
    await this.rooms.room(socket).setPreferredLayers(socket.id, dto.consumerId, dto.spatialLayer, dto.temporalLayer);
    return null;
  }
}
