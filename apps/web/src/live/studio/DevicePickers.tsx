import { AudioOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Facing, MediaChoice } from '../localMedia';

interface Props {
  phone: boolean;
  cameras: MediaDeviceInfo[];
  mics: MediaDeviceInfo[];
  choice: MediaChoice;
  onChange: (choice: MediaChoice, changed: 'camera' | 'mic') => void;
}

/** Laptops pick devices by name; phones pick front or rear (device names there mean little). */
export function DevicePickers({ phone, cameras, mics, choice, onChange }: Props) {
  const { t } = useTranslation();
  const label = (d: MediaDeviceInfo, i: number, fallback: string) => d.label || `${fallback} ${i + 1}`;
  return (
    <div className="lf-devices">
      {phone ? (
        <Segmented<Facing>
          value={choice.facing ?? 'environment'}
          onChange={(facing) => onChange({ ...choice, facing, cameraId: undefined }, 'camera')}
          options={[
            { value: 'environment', label: t('live.studio.rear') },
            { value: 'user', label: t('live.studio.front') },
          ]}
        />
      ) : (
        <Select
          className="lf-device-select"
          prefix={<VideoCameraOutlined />}
          aria-label={t('live.studio.camera')}
          placeholder={t('live.studio.camera')}
          value={choice.cameraId ?? cameras[0]?.deviceId}
          onChange={(cameraId: string) => onChange({ ...choice, cameraId }, 'camera')}
          options={cameras.map((d, i) => ({ value: d.deviceId, label: label(d, i, t('live.studio.camera')) }))}
          popupMatchSelectWidth={false}
        />
      )}
      <Select
        className="lf-device-select"
        prefix={<AudioOutlined />}
        aria-label={t('live.studio.mic')}
        placeholder={t('live.studio.mic')}
        value={choice.micId ?? mics[0]?.deviceId}
        onChange={(micId: string) => onChange({ ...choice, micId }, 'mic')}
        options={mics.map((d, i) => ({ value: d.deviceId, label: label(d, i, t('live.studio.mic')) }))}
        popupMatchSelectWidth={false}
      />
    </div>
  );
}
