import { PlayCircleFilled } from '@ant-design/icons';
import type { LiveSessionView } from '@livefair/protocol';
import { Button, Card } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { LivePlayer } from '../../live/components/LivePlayer';
import { useLiveRoom, useRoomMember } from '../../live/hooks';
import { Viewer } from '../../live/Viewer';
import '../../live/live.css';

/** The booth's live session playing inline on the booth page; the live room (chat, deals, orders) is one tap away. */
export function BoothLivePlayer({ session }: { session: LiveSessionView }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const room = useLiveRoom(session.id, 'viewer');
  const viewer = useRoomMember(room, (r) => new Viewer(r));
  return (
    <Card
      size="small"
      className="lf-booth-player"
      title={
        <span className="lf-booth-player-title">
          <span className="lf-live-dot" /> {t('booths.liveNow')} · {session.title}
        </span>
      }
      extra={
        <Link to={`/watch/${session.id}`}>
          <Button type="primary" danger size="small" icon={<PlayCircleFilled />} data-testid="open-live-room">
            {t('booths.watchFull')}
          </Button>
        </Link>
      }
      data-testid="booth-live-player"
    >
      <LivePlayer viewer={viewer} videoRef={videoRef} />
    </Card>
  );
}
