/**
 * The live-room protocol over socket.io, namespace `/live`. Documented for
 * third-party clients in docs/live-protocol.md. Every client request is
 * `socket.emit(event, payload, ack)`; the ack is `LiveAck<Result>`.
 * mediasoup parameter objects travel as opaque JSON: pass them to and from
 * mediasoup-client unchanged.
 */

import type {
  DealBuyRequest,
  DealBuyResult,
  DealEndedEvent,
  DealListResult,
  DealStartRequest,
  DealStockEvent,
  DealStopRequest,
  FlashDealView,
} from './deals';

export type MediaJson = Record<string, unknown>;

export type LiveAck<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export type LiveSessionStatus = 'scheduled' | 'live' | 'ended';

/** `broadcast`: a booth's public live room. `meeting`: a private two-way room (docs/meetings.md). */
export type LiveRoomKind = 'broadcast' | 'meeting';

export interface LiveSessionView {
  id: string;
  boothId: string;
  enterpriseId: string;
  title: string;
  status: LiveSessionStatus;
  scheduledAt: string | null;
  startedAt: string | null;
  endedAt: string | null;
  allowAnonymous: boolean;
  likeCount: number;
  peakViewers: number;
  /** `meeting` rooms are private: never listed, joined only by their participants. */
  kind: LiveRoomKind;
}

export interface ChatMessageView {
  id: string;
  userId: string;
  displayName: string;
  text: string;
  createdAt: string;
}

export interface PinnedProductView {
  productId: string;
  /** Chinese title and English title ('' when none). */
  name: string;
  nameEn: string;
  unit: string;
  /** Lowest MOQ of the product's SKUs. */
  moq: number;
  /** Lowest price across the SKUs' retail and tier prices, fen. */
  fromPriceFen: number;
  /** The cover image's URL; null without images. */
  imageUrl: string | null;
  pinnedAt: string;
}

export interface RoomProducerView {
  producerId: string;
  kind: 'audio' | 'video';
  source: MediaSource;
  paused: boolean;
}

export type MediaSource = 'camera' | 'mic' | 'screen' | 'whip' | 'rtp';

export interface IceServerView {
  urls: string[];
  username?: string;
  credential?: string;
}

// ---- client -> server requests (event name -> payload / result)

export interface JoinRequest {
  sessionId: string;
  /** `publisher` is for the booth's exhibitor staff only. */
  as: 'viewer' | 'publisher';
}

export interface JoinResult {
  session: LiveSessionView;
  routerRtpCapabilities: MediaJson;
  iceServers: IceServerView[];
  producers: RoomProducerView[];
  viewerCount: number;
  pinned: PinnedProductView | null;
  recentChat: ChatMessageView[];
  /** What this socket may do in the room. */
  can: { publish: boolean; chat: boolean; moderate: boolean };
}

/** A newer access token of the socket's user, before the current one expires. */
export interface SessionRefreshRequest {
  token: string;
}

export interface CreateTransportRequest {
  direction: 'send' | 'recv';
}

export interface TransportView {
  id: string;
  iceParameters: MediaJson;
  iceCandidates: MediaJson[];
  dtlsParameters: MediaJson;
}

export interface ConnectTransportRequest {
  transportId: string;
  dtlsParameters: MediaJson;
}

export interface ProduceRequest {
  transportId: string;
  kind: 'audio' | 'video';
  rtpParameters: MediaJson;
  source: 'camera' | 'mic' | 'screen';
}

export interface ProducerRequest {
  producerId: string;
}

export interface ConsumeRequest {
  transportId: string;
  producerId: string;
  rtpCapabilities: MediaJson;
}

export interface ConsumeResult {
  consumerId: string;
  producerId: string;
  kind: 'audio' | 'video';
  rtpParameters: MediaJson;
}

export interface ConsumerRequest {
  consumerId: string;
}

export interface PreferredLayersRequest {
  consumerId: string;
  spatialLayer: number;
  temporalLayer?: number;
}

/** A chat message is 1 to this many characters after trimming, counted as code points (an emoji counts once). */
export const CHAT_MAX_CHARS = 500;

/** The length the chat rule counts: code points of the trimmed text. */
export function chatTextLength(text: string): number {
  return [...text.trim()].length;
}

export interface ChatSendRequest {
  text: string;
}

export interface ChatModerateRequest {
  messageId: string;
}

export interface ChatBanRequest {
  userId: string;
}

export interface LikeRequest {
  /** Taps since the last send (a client batches taps), 1..50. */
  count: number;
}

export interface PinRequest {
  /** null unpins. */
  productId: string | null;
}

export interface StreamHealthView {
  producers: {
    producerId: string;
    kind: 'audio' | 'video';
    source: MediaSource;
    bitrateBps: number;
    packetLossPct: number;
    /** Simulcast layers arriving at the SFU (rid or ssrc), video only. */
    layers: { rid: string | null; bitrateBps: number; score: number }[];
  }[];
}

/** Requests: event name -> [payload, result]. */
export interface LiveRequests {
  'session.whoami': [
    Record<string, never>,
    { userId: string; role: string; enterpriseId: string | null; displayName: string } | null,
  ];
  'session.refresh': [SessionRefreshRequest, { expiresAt: string }];
  'room.join': [JoinRequest, JoinResult];
  'room.leave': [Record<string, never>, null];
  'transport.create': [CreateTransportRequest, TransportView];
  'transport.connect': [ConnectTransportRequest, null];
  produce: [ProduceRequest, { producerId: string }];
  'producer.pause': [ProducerRequest, null];
  'producer.resume': [ProducerRequest, null];
  'producer.close': [ProducerRequest, null];
  consume: [ConsumeRequest, ConsumeResult];
  'consumer.resume': [ConsumerRequest, null];
  'consumer.setPreferredLayers': [PreferredLayersRequest, null];
  'chat.send': [ChatSendRequest, ChatMessageView];
  'chat.delete': [ChatModerateRequest, null];
  'chat.ban': [ChatBanRequest, null];
  like: [LikeRequest, { likeCount: number }];
  'pin.set': [PinRequest, PinnedProductView | null];
  'stream.health': [Record<string, never>, StreamHealthView];
  'session.end': [Record<string, never>, LiveSessionView];
  'deal.start': [DealStartRequest, FlashDealView];
  'deal.stop': [DealStopRequest, FlashDealView];
  'deal.list': [Record<string, never>, DealListResult];
  'deal.buy': [DealBuyRequest, DealBuyResult];
}

// ---- server -> client events

export interface OrderTickerEvent {
  /** Filled by the orders context: a buyer ordered during the stream. */
  orderId: string;
  /** Masked for the room: the first character and stars (王**, J***). */
  buyerName: string;
  productName: string;
  quantity: number;
  amountFen: number;
  at: string;
  /** The flash deal it was bought in, if any. */
  dealId?: string | null;
}

export interface LiveServerEvents {
  'room.producerAdded': RoomProducerView;
  'room.producerClosed': { producerId: string };
  'room.producerPaused': { producerId: string; paused: boolean };
  'room.status': { status: LiveSessionStatus };
  /** The SFU behind this room restarted: drop transports and join again. */
  'room.reset': { reason: string };
  'viewers.count': { viewerCount: number };
  'likes.count': { likeCount: number };
  'chat.message': ChatMessageView;
  'chat.deleted': { messageId: string };
  'chat.banned': { userId: string };
  'pin.changed': { pinned: PinnedProductView | null };
  'orders.ticker': OrderTickerEvent;
  'deal.started': FlashDealView;
  'deal.stock': DealStockEvent;
  'deal.ended': DealEndedEvent;
  /** The socket's token expired or was revoked; the server disconnects it next. Reconnect with a fresh token (or none). */
  'session.expired': { reason: 'expired' | 'revoked' };
  'consumer.closed': { consumerId: string };
  'consumer.layersChanged': { consumerId: string; spatialLayer: number | null; temporalLayer: number | null };
}
