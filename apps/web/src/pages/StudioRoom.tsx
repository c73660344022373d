import { EyeOutlined, HeartFilled } from '@ant-design/icons';
import type { BoothDetail, LiveSessionView } from '@livefair/protocol';
import { Alert, App, Button, Card, Result, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { useAuth } from '../auth/useAuth';
import { ChatPanel } from '../live/components/ChatPanel';
import { SessionStatusTag } from '../live/components/SessionStatusTag';
import { DealFeed } from '../live/deals/DealFeed';
import { DealPanel } from '../live/deals/DealPanel';
import { useLiveErrorText } from '../live/errors';
import { useLiveRoom, useRoomMember, useStore } from '../live/hooks';
import { canShareScreen, isPhone, listDevices, mediaErrorKey, type MediaChoice } from '../live/localMedia';
import type { RoomState } from '../live/LiveRoom';
import { IDLE_PUBLISHER, Publisher, type PublisherState } from '../live/Publisher';
import { RoomFeed, type FeedState } from '../live/RoomFeed';
import { DevicePickers } from '../live/studio/DevicePickers';
import { IngestPanel } from '../live/studio/IngestPanel';
import { OrderTicker } from '../live/studio/OrderTicker';
import { ProductShelf } from '../live/studio/ProductShelf';
import { StreamHealthPanel } from '../live/studio/StreamHealthPanel';
import { StudioControls } from '../live/studio/StudioControls';
import { useStudioTestHook } from '../live/testHooks';

const NO_ROOM: RoomState = { connected: false, join: null, status: null, error: null };
const NO_FEED: FeedState = { messages: [], pinned: null, viewerCount: 0, likeCount: 0, orders: [], banned: [] };
const NO_PUB: PublisherState = IDLE_PUBLISHER;

interface Props {
  booth: BoothDetail;
  session: LiveSessionView;
  onBack: () => void;
}

/** One open session in the studio: preview, go live, chat moderation, pins, health and orders. */
export function StudioRoom({ booth, session, onBack }: Props) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message } = App.useApp();
  const errorText = useLiveErrorText();
  const phone = isPhone();
  const preview = useRef<HTMLVideoElement>(null);

  const room = useLiveRoom(session.id, 'publisher');
  const publisher = useRoomMember(room, (r) => new Publisher(r));
  const feed = useRoomMember(room, (r) => new RoomFeed(r));
  const deals = useRoomMember(room, (r) => new DealFeed(r));
  const roomState = useStore(room, NO_ROOM);
  const pub = useStore(publisher, NO_PUB);
  const { messages, pinned, viewerCount, likeCount, orders, banned } = useStore(feed, NO_FEED);
  const [ended, setEnded] = useState<LiveSessionView | null>(null);

  const [choice, setChoice] = useState<MediaChoice>(() => (phone ? { facing: 'environment' } : {}));
  const [devices, setDevices] = useState<{ cameras: MediaDeviceInfo[]; mics: MediaDeviceInfo[] }>({ cameras: [], mics: [] });
  const [mediaError, setMediaError] = useState<string | null>(null);
  const [mediaAttempt, setMediaAttempt] = useState(0);

  const status = ended ? 'ended' : (roomState.status ?? session.status);
  useStudioTestHook(status === 'ended' ? 'ended' : pub.live ? 'live' : 'idle', pub.producerIds);

  // Camera and microphone open with the room (preview first); an ended session releases them.
  useEffect(() => {
    if (!publisher) return;
    if (status === 'ended') return publisher.close();
    setMediaError(null);
    publisher
      .openMedia(choice)
      .then(() => listDevices().then(setDevices))
      .catch((err: unknown) => setMediaError(mediaErrorKey(err)));
  }, [publisher, mediaAttempt, status === 'ended']); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (preview.current) preview.current.srcObject = pub.preview;
  }, [pub.preview]);

  useEffect(() => {
    if (pub.error) void message.error(errorText(pub.error));
  }, [pub.error]); // eslint-disable-line react-hooks/exhaustive-deps

  const act = (fn: () => Promise<unknown>) => void fn().catch((err: unknown) => void message.error(errorText(err)));
  const request = room ? room.client.request.bind(room.client) : null;

  if (status === 'ended') {
    const s = ended ?? session;
    return (
      <Result
        status="success"
        title={t('live.studio.ended')}
        subTitle={t('live.studio.endedStats', { likes: Math.max(s.likeCount, likeCount), peak: s.peakViewers })}
        extra={<Button onClick={onBack}>{t('live.studio.backToList')}</Button>}
      />
    );
  }

  const changeDevice = (next: MediaChoice, changed: 'camera' | 'mic') => {
    setChoice(next);
    if (!publisher) return;
    act(() => (changed === 'camera' ? publisher.switchCamera(next) : publisher.switchMic(next)));
  };
  const switchCamera = () => {
    if (phone) return changeDevice({ ...choice, facing: choice.facing === 'user' ? 'environment' : 'user' }, 'camera');
    const ids = devices.cameras.map((d) => d.deviceId);
    const current = choice.cameraId ?? ids[0];
    changeDevice({ ...choice, cameraId: ids[(ids.indexOf(current) + 1) % ids.length] }, 'camera');
  };
  const endLive = () =>
    act(async () => {
      const done = await request!('session.end', {});
      await publisher?.stop();
      setEnded(done);
    });

  const joinError = roomState.error && !roomState.join ? roomState.error : null;
  const stateTag = pub.live ? (
    <SessionStatusTag status="live" />
  ) : pub.wantLive || !roomState.join ? (
    <Tag color="processing">{t('live.studio.state.connecting')}</Tag>
  ) : status === 'live' ? (
    <Tag color="warning">{t('live.studio.state.interrupted')}</Tag>
  ) : (
    <Tag>{t('live.studio.state.idle')}</Tag>
  );

  return (
    <div className="lf-studio">
      <div className="lf-studio-stage">
        <div className="lf-studio-head">
          <div className="lf-studio-title">
            {stateTag}
            <span>{session.title}</span>
          </div>
          <div className="lf-studio-stats">
            <span data-testid="viewer-count" data-count={viewerCount}>
              <EyeOutlined /> {t('live.viewers', { count: viewerCount })}
            </span>
            <span>
              <HeartFilled className="lf-studio-heart" /> {t('live.likes', { count: likeCount })}
            </span>
            <Link to={`/watch/${session.id}`} target="_blank">
              {t('live.studio.watchLink')}
            </Link>
          </div>
        </div>
        {joinError ? <Alert type="error" showIcon className="lf-alert" title={errorText(joinError)} /> : null}
        {status === 'live' && !pub.wantLive ? (
          <Alert type="warning" showIcon className="lf-alert" title={t('live.studio.interrupted')} />
        ) : null}
        <div className="lf-preview">
          <video ref={preview} className="lf-preview-video" autoPlay playsInline muted data-testid="preview" />
          {mediaError ? (
            <div className="lf-player-overlay">
              <div className="lf-player-title">{t(`live.media.${mediaError as 'denied'}`)}</div>
              <Button onClick={() => setMediaAttempt((n) => n + 1)}>{t('live.studio.retryMedia')}</Button>
            </div>
          ) : pub.cameraOff ? (
            <div className="lf-player-overlay">
              <div className="lf-player-title">{t('live.studio.previewOff')}</div>
            </div>
          ) : null}
        </div>
        <StudioControls
          pub={pub}
          wasLive={status === 'live'}
          ready={!!roomState.join && !!pub.preview && !mediaError}
          canSwitch={phone || devices.cameras.length > 1}
          canShare={canShareScreen()}
          onGoLive={() => publisher && act(() => publisher.goLive())}
          onEnd={endLive}
          onMute={() => publisher && act(() => publisher.setMuted(!pub.muted))}
          onCamera={() => publisher && act(() => publisher.setCameraOff(!pub.cameraOff))}
          onSwitch={switchCamera}
          onShare={() => publisher && act(() => (pub.sharing ? publisher.stopScreen() : publisher.startScreen()))}
        />
        <DevicePickers phone={phone} cameras={devices.cameras} mics={devices.mics} choice={choice} onChange={changeDevice} />
      </div>
      <Card size="small" title={t('live.deal.studio.title')} className="lf-studio-deals">
        <DealPanel
          boothId={booth.id}
          products={booth.products}
          room={room}
          deals={deals}
          status={status}
          joined={!!roomState.join}
        />
      </Card>
      <Card size="small" title={t('live.chat.title')} className="lf-studio-chat">
        <ChatPanel
          messages={messages}
          myId={user?.id}
          banned={banned}
          canChat={!!roomState.join?.can.chat}
          onSend={async (text) => {
            try {
              feed?.addOwn(await request!('chat.send', { text }));
              return true;
            } catch (err) {
              void message.error(errorText(err));
              return false;
            }
          }}
          moderation={{
            onDelete: (messageId) => act(() => request!('chat.delete', { messageId })),
            onBan: (userId) => act(() => request!('chat.ban', { userId })),
          }}
        />
      </Card>
      <Card size="small" title={t('live.studio.shelf')} className="lf-studio-shelf">
        <ProductShelf
          products={booth.products}
          pinnedId={pinned?.productId ?? null}
          disabled={!roomState.join}
          onPin={(productId) => act(() => request!('pin.set', { productId }))}
        />
      </Card>
      <Card size="small" title={t('live.studio.orders')} className="lf-studio-orders">
        <OrderTicker orders={orders} />
      </Card>
      <Card size="small" title={t('live.studio.health')} className="lf-studio-health">
        <StreamHealthPanel room={room} active={pub.live} />
      </Card>
      <Card size="small" title={t('live.studio.ingest')} className="lf-studio-ingest">
        <IngestPanel sessionId={session.id} />
      </Card>
    </div>
  );
}
