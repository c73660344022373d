import { AudioMutedOutlined, AudioOutlined, LogoutOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Space } from 'antd';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { slotText } from '../format';
import { MeetingCall } from '../MeetingCall';
import { meetingsApi } from '../meetingsApi';
import '../meetings.css';

declare global {
  interface Window {
    /** For end-to-end tests: the call's phase and the other side's decoded video frames. */
    __lfMeeting?: { phase(): string; framesDecoded(): Promise<number> };
  }
}

function Tile({
  stream,
  label,
  muted,
  wait,
  self,
}: {
  stream: MediaStream | null;
  label: string;
  muted?: boolean;
  wait?: string;
  self?: boolean;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== stream) ref.current.srcObject = stream;
  }, [stream]);
  return (
    <div className={`lf-meet-tile${self ? ' lf-meet-self' : ''}`} data-testid={self ? 'meeting-self' : 'meeting-remote'}>
      <video ref={ref} autoPlay playsInline muted={muted} />
      {!stream && wait ? <div className="lf-meet-tile-wait">{wait}</div> : null}
      <span className="lf-meet-tile-label">{label}</span>
    </div>
  );
}

function Call({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const [call] = useState(() => new MeetingCall(sessionId));
  const s = useSyncExternalStore(call.subscribe, call.getSnapshot);
  useEffect(() => {
    void call.start();
    window.__lfMeeting = { phase: () => call.state.phase, framesDecoded: () => call.framesDecoded() };
    return () => {
      delete window.__lfMeeting;
      call.leave();
    };
  }, [call]);

  if (s.phase === 'ended')
    return (
      <Result status="info" title={t('meetings.room.ended')} extra={<Link to="/my/meetings">{t('meetings.room.back')}</Link>} />
    );
  return (
    <>
      {s.error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={i18n.exists(`errors.${s.error}`) ? t(`errors.${s.error}` as 'errors.generic') : t('meetings.room.mediaFailed')}
        />
      ) : null}
      <div className="lf-meet-stage">
        <Tile
          stream={s.remote}
          label={t('meetings.room.other')}
          wait={s.phase === 'joining' ? t('meetings.room.joining') : t('meetings.room.waiting')}
        />
        <Tile stream={s.local} label={t('meetings.room.me')} muted self />
      </div>
      <div className="lf-meet-controls">
        <Space wrap>
          <Button
            icon={s.muted ? <AudioMutedOutlined /> : <AudioOutlined />}
            onClick={() => void call.setMuted(!s.muted)}
            disabled={s.phase !== 'in-call'}
            data-testid="meeting-mute"
          >
            {s.muted ? t('meetings.room.unmute') : t('meetings.room.mute')}
          </Button>
          <Button
            icon={<VideoCameraOutlined />}
            onClick={() => void call.setCameraOff(!s.cameraOff)}
            disabled={s.phase !== 'in-call'}
            data-testid="meeting-camera"
          >
            {s.cameraOff ? t('meetings.room.cameraOn') : t('meetings.room.cameraOff')}
          </Button>
          <Button danger icon={<LogoutOutlined />} onClick={() => call.leave()} data-testid="meeting-leave">
            {t('meetings.room.leave')}
          </Button>
        </Space>
      </div>
    </>
  );
}

/** The private meeting room of an accepted meeting: two video tiles, mute, camera, leave. */
export default function MeetingRoomPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading } = useApi((signal) => meetingsApi.one(id, signal), `meeting:${id}`);
  if (loading && !data) return <PageLoading />;
  if (error)
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} />
      </div>
    );
  if (!data?.room)
    return (
      <Result
        status="warning"
        title={t('errors.MEETING_ROOM_CLOSED')}
        extra={<Link to="/my/meetings">{t('meetings.room.back')}</Link>}
      />
    );
  return (
    <div className="lf-container">
      <PageTitle
        title={`${t('meetings.room.title')} · ${data.topic}`}
        subtitle={data.accepted ? slotText(data.accepted, i18n.language) : undefined}
      />
      <Call sessionId={data.room.sessionId} />
    </div>
  );
}
