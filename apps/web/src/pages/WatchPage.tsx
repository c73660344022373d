import { EyeOutlined } from '@ant-design/icons';
import type { PinnedProductView } from '@livefair/protocol';
import { App, Button } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { useAuth } from '../auth/useAuth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useApi } from '../hooks/useApi';
import { ChatPanel } from '../live/components/ChatPanel';
import { DealFeed } from '../live/deals/DealFeed';
import { useDealBuyer } from '../live/deals/useDeals';
import { WatchDeals } from '../live/deals/WatchDeals';
import { LikeButton } from '../live/components/LikeButton';
import { LivePlayer } from '../live/components/LivePlayer';
import { PinnedProductCard } from '../live/components/PinnedProductCard';
import { SessionStatusTag } from '../live/components/SessionStatusTag';
import { takeEarlyWatch, type EarlyWatch } from '../live/earlyWatch';
import { useLiveErrorText } from '../live/errors';
import { useLiveRoom, useRoomMember, useStore } from '../live/hooks';
import { LikeBatcher } from '../live/LikeBatcher';
import { liveApi } from '../live/liveApi';
import type { RoomState } from '../live/LiveRoom';
import { RoomFeed, type FeedState } from '../live/RoomFeed';
import { useViewerTestHook } from '../live/testHooks';
import { Viewer } from '../live/Viewer';
import '../live/live.css';
import { OrderDrawer } from '../orders/OrderDrawer';

const NO_ROOM: RoomState = { connected: false, join: null, status: null, error: null };
const NO_FEED: FeedState = { messages: [], pinned: null, viewerCount: 0, likeCount: 0, orders: [], banned: [] };

/** /watch/:sessionId — phone first: video on top, pinned product over it, chat below. */
export default function WatchPage() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  const { message } = App.useApp();
  const errorText = useLiveErrorText();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [ordering, setOrdering] = useState<PinnedProductView | null>(null);

  // The socket starts at once (or already did, see earlyWatch.ts), in parallel with the HTTP calls:
  // time to first frame matters most.
  const early = useRef<EarlyWatch | null>(null);
  const room = useLiveRoom(sessionId, 'viewer', (id) => (early.current = takeEarlyWatch(id))?.room ?? null);
  const viewer = useRoomMember(room, (r) => (early.current?.room === r ? early.current.viewer : new Viewer(r)));
  const feed = useRoomMember(room, (r) => (early.current?.room === r ? early.current.feed : new RoomFeed(r)));
  const roomState = useStore(room, NO_ROOM);
  const { messages, pinned, viewerCount, likeCount, banned, orders } = useStore(feed, NO_FEED);
  const deals = useRoomMember(room, (r) => new DealFeed(r));
  const dealBuyer = useDealBuyer(room, deals);
  const likes = useMemo(() => (room && feed ? new LikeBatcher(room, feed) : null), [room, feed]);
  useEffect(() => () => likes?.dispose(), [likes]);
  useViewerTestHook(viewer, videoRef);

  const session = useApi((signal) => liveApi.session(sessionId, signal), `live-session:${sessionId}`);
  const boothId = session.data?.boothId;
  const booth = useApi((signal) => endpoints.booth(boothId ?? '', signal), boothId ? `booth:${boothId}` : null);

  if (session.error) {
    return (
      <div className="lf-container">
        <ApiErrorAlert error={session.error} onRetry={session.reload} />
      </div>
    );
  }

  const status = roomState.status ?? session.data?.status ?? 'scheduled';
  const canChat = !!user && !!roomState.join?.can.chat && !banned.includes(user.id);
  const needLogin = roomState.error?.code === 'AUTH_REQUIRED' && !user;

  const send = async (text: string) => {
    if (!room || !feed) return false;
    try {
      feed.addOwn(await room.client.request('chat.send', { text }));
      return true;
    } catch (err) {
      void message.error(errorText(err));
      return false;
    }
  };

  return (
    <div className="lf-watch">
      <section className="lf-watch-stage">
        <LivePlayer
          viewer={viewer}
          videoRef={videoRef}
          notice={
            needLogin ? (
              <div className="lf-player-overlay">
                <div className="lf-player-title">{t('live.watch.needLogin')}</div>
                <Link to="/login" state={{ from: location.pathname }}>
                  <Button type="primary">{t('live.watch.login')}</Button>
                </Link>
              </div>
            ) : undefined
          }
        >
          {pinned && status !== 'ended' ? <PinnedProductCard pinned={pinned} onInquire={() => setOrdering(pinned)} /> : null}
        </LivePlayer>
        <WatchDeals room={room} deals={deals} buyer={dealBuyer} orders={orders} loggedIn={!!user} />
        <div className="lf-watch-bar">
          <div className="lf-watch-info">
            <div className="lf-watch-title">
              <SessionStatusTag status={status} />
              <span>{session.data?.title ?? ''}</span>
            </div>
            <div className="lf-watch-meta">
              {booth.data ? <Link to={`/booths/${booth.data.id}`}>{booth.data.enterprise.name}</Link> : null}
              <span className="lf-watch-viewers" data-testid="viewer-count" data-count={viewerCount}>
                <EyeOutlined /> {t('live.viewers', { count: viewerCount })}
              </span>
            </div>
          </div>
          {/* Likes need a login (the server refuses anonymous ones): a visitor is told so instead. */}
          <LikeButton count={likeCount} onTap={() => (user ? likes?.tap() : void message.info(t('live.likeNeedsLogin')))} />
        </div>
      </section>
      <section className="lf-watch-chat">
        <div className="lf-panel-title">{t('live.chat.title')}</div>
        <ChatPanel messages={messages} myId={user?.id} banned={banned} canChat={canChat} onSend={send} />
      </section>
      {/* The pinned product's order button: the same order drawer as the booth page, recording this session. */}
      <OrderDrawer
        open={ordering !== null}
        onClose={() => setOrdering(null)}
        product={booth.data?.products.find((p) => p.id === ordering?.productId)}
        boothId={boothId}
        liveSessionId={sessionId}
      />
    </div>
  );
}
