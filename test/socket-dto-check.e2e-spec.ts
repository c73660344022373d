import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { flatDtoAccepts } from '../libs/core/src/errors/flat-dto-check';
import { payloadCorpus } from '../libs/core/src/errors/payload-corpus';
import * as dtos from '../libs/live/src/dto/room.dto';

const id = '0b6f6f4e-9d7e-4f7c-8a51-3c8f1f3f2a10';
const media = { codecs: [], headerExtensions: [] };

/** A valid payload of each socket DTO of the room protocol (docs/live-protocol.md). */
const examples: Record<keyof typeof dtos, Record<string, unknown>> = {
  JoinDto: { sessionId: id, as: 'viewer' },
  RefreshDto: { token: 'a.b.c' },
  CreateTransportDto: { direction: 'recv' },
  ConnectTransportDto: { transportId: id, dtlsParameters: media },
  ProduceDto: { transportId: id, kind: 'video', rtpParameters: media, source: 'camera' },
  ProducerDto: { producerId: id },
  ConsumeDto: { transportId: id, producerId: id, rtpCapabilities: media },
  ConsumerDto: { consumerId: id },
  PreferredLayersDto: { consumerId: id, spatialLayer: 2, temporalLayer: 0 },
  ChatSendDto: { text: '你好，这个多少钱？' },
  ChatModerateDto: { messageId: id },
  ChatBanDto: { userId: id },
  LikeDto: { count: 50 },
  PinDto: { productId: id },
};

describe("room protocol DTOs under the socket pipe's fast check", () => {
  it.each(Object.keys(examples) as (keyof typeof dtos)[])('%s: accepts and refuses exactly what class-validator does', (name) => {
    const cls = dtos[name] as unknown as new () => object;
    for (const payload of payloadCorpus(examples[name])) {
      const instance = Object.assign(new cls(), payload);
      const expected = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }).length === 0;
      expect({ payload, fast: flatDtoAccepts(instance) }).toEqual({ payload, fast: expected });
    }
  });
});
