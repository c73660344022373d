import {
  AudioMutedOutlined,
  AudioOutlined,
  DesktopOutlined,
  EyeInvisibleOutlined,
  PoweroffOutlined,
  SwapOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

import type { PublisherState } from '../Publisher';

interface Props {
  pub: PublisherState;
  /** The session has been live before (resuming after a drop). */
  wasLive: boolean;
  ready: boolean;
  canSwitch: boolean;
  canShare: boolean;
  onGoLive: () => void;
  onEnd: () => void;
  onMute: () => void;
  onCamera: () => void;
  onSwitch: () => void;
  onShare: () => void;
}

/** 开始直播 / 结束直播 and the toggles a host reaches for mid-stream; big enough for thumbs. */
export function StudioControls(props: Props) {
  const { pub, wasLive, ready, canSwitch, canShare } = props;
  const { t } = useTranslation();
  return (
    <div className="lf-studio-controls">
      {pub.wantLive ? (
        <Popconfirm title={t('live.studio.endConfirm')} onConfirm={props.onEnd} okButtonProps={{ danger: true }}>
          <Button danger type="primary" size="large" icon={<PoweroffOutlined />} data-testid="end-live">
            {t('live.studio.end')}
          </Button>
        </Popconfirm>
      ) : (
        <Button type="primary" danger size="large" disabled={!ready} onClick={props.onGoLive} data-testid="go-live">
          {wasLive ? t('live.studio.resume') : t('live.studio.goLive')}
        </Button>
      )}
      <Button
        size="large"
        icon={pub.muted ? <AudioMutedOutlined /> : <AudioOutlined />}
        onClick={props.onMute}
        data-testid="toggle-mute"
      >
        {pub.muted ? t('live.studio.unmute') : t('live.studio.mute')}
      </Button>
      <Button
        size="large"
        icon={pub.cameraOff ? <VideoCameraOutlined /> : <EyeInvisibleOutlined />}
        onClick={props.onCamera}
        data-testid="toggle-camera"
      >
        {pub.cameraOff ? t('live.studio.cameraOn') : t('live.studio.cameraOff')}
      </Button>
      <Button size="large" icon={<SwapOutlined />} disabled={!canSwitch || pub.sharing} onClick={props.onSwitch}>
        {t('live.studio.switchCamera')}
      </Button>
      {canShare ? (
        <Button size="large" icon={<DesktopOutlined />} onClick={props.onShare} type={pub.sharing ? 'primary' : 'default'}>
          {pub.sharing ? t('live.studio.stopShare') : t('live.studio.shareScreen')}
        </Button>
      ) : null}
    </div>
  );
}
