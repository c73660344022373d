import { LoadingOutlined, SoundOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState, type ReactNode, type RefObject, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { dismissEarlyPicture } from '../earlyPicture';
import { useStore } from '../hooks';
import { idleViewerState, type Viewer, type ViewerState } from '../Viewer';

const IDLE: ViewerState = idleViewerState();

interface Props {
  viewer: Viewer | null;
  videoRef: RefObject<HTMLVideoElement | null>;
  /** Replaces the status overlay (e.g. "log in to watch"). */
  notice?: ReactNode;
  /** Drawn over the bottom of the video (the pinned product). */
  children?: ReactNode;
}

/**
 * The buyer's video. Starts muted because browsers refuse autoplay with sound; one tap unmutes.
 * Its rendered width picks the simulcast layer.
 */
export function LivePlayer({ viewer, videoRef, notice, children }: Props) {
  const { t } = useTranslation();
  const { phase, stream, tracksVersion, hasAudio, joinedOnce, videoPaused } = useStore(viewer, IDLE);
  const [muted, setMuted] = useState(true);
  const [hasFrame, setHasFrame] = useState(false);

  useEffect(() => {
    const video = videoRef.current;
    if (video && video.srcObject !== stream) video.srcObject = stream;
  }, [stream, videoRef]);

  // New tracks: nudge playback (autoplay alone does not always restart a stalled element).
  useEffect(() => {
    const video = videoRef.current;
    if (!video || tracksVersion === 0) return;
    if (stream.getVideoTracks().length === 0) setHasFrame(false);
    video.play().catch(() => undefined);
  }, [tracksVersion, stream, videoRef]);

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !viewer) return;
    const observer = new ResizeObserver(() => viewer.setPlayerWidth(video.clientWidth));
    observer.observe(video);
    return () => observer.disconnect();
  }, [viewer, videoRef]);

  // The picture shown before the app rendered (earlyPicture.ts) gives way once this player has its own.
  const ownPicture = hasFrame || phase !== 'playing' || videoPaused;
  useEffect(() => {
    if (ownPicture) dismissEarlyPicture();
  }, [ownPicture]);
  useEffect(() => dismissEarlyPicture, []);

  const sawFrame = (e: SyntheticEvent<HTMLVideoElement>) => {
    if (e.currentTarget.videoWidth > 0 && stream.getVideoTracks().length > 0) setHasFrame(true);
  };

  const unmute = () => {
    const video = videoRef.current;
    if (!video) return;
    video.muted = false;
    setMuted(false);
    video.play().catch(() => {
      video.muted = true;
      setMuted(true);
    });
  };

  const overlay = notice ?? phaseOverlay();
  function phaseOverlay(): ReactNode {
    if (!joinedOnce && phase !== 'ended') return <Overlay title={t('live.phase.loading')} spinning />;
    if (phase === 'playing') {
      if (videoPaused) return <Overlay title={t('live.phase.cameraOff')} />;
      return hasFrame ? null : <Overlay title={t('live.phase.loading')} spinning />;
    }
    return <Overlay title={t(`live.phase.${phase}`)} hint={t(`live.phase.${phase}Hint`)} spinning={phase === 'reconnecting'} />;
  }

  return (
    <div className="lf-player" data-phase={phase}>
      <video
        ref={videoRef}
        className="lf-player-video"
        autoPlay
        playsInline
        muted={muted}
        onLoadedData={sawFrame}
        onResize={sawFrame}
        onTimeUpdate={sawFrame}
      />
      {overlay}
      {phase === 'playing' && hasAudio && muted ? (
        <Button className="lf-player-unmute" shape="round" icon={<SoundOutlined />} onClick={unmute} data-testid="unmute">
          {t('live.unmute')}
        </Button>
      ) : null}
      {children ? <div className="lf-player-bottom">{children}</div> : null}
    </div>
  );
}

function Overlay({ title, hint, spinning }: { title: string; hint?: string; spinning?: boolean }) {
  return (
    <div className="lf-player-overlay" role="status">
      {spinning ? <LoadingOutlined className="lf-player-spin" /> : null}
      <div className="lf-player-title">{title}</div>
      {hint ? <div className="lf-player-hint">{hint}</div> : null}
    </div>
  );
}
