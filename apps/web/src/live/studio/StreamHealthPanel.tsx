import type { StreamHealthView } from '@livefair/protocol';
import { Empty, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { kbps } from '../format';
import type { LiveRoom } from '../LiveRoom';

const POLL_MS = 2000;

/** What reaches the SFU, polled every 2 s while live: bitrate, loss, and which simulcast layers arrive. */
export function StreamHealthPanel({ room, active }: { room: LiveRoom | null; active: boolean }) {
  const { t } = useTranslation();
  const [health, setHealth] = useState<StreamHealthView | null>(null);

  useEffect(() => {
    if (!room || !active) {
      setHealth(null);
      return;
    }
    let stopped = false;
    const poll = () =>
      room.client.request('stream.health', {}).then(
        (h) => !stopped && setHealth(h),
        () => undefined,
      );
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [room, active]);

  if (!health || health.producers.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.studio.noHealth')} />;
  }
  return (
    <table className="lf-health" data-testid="stream-health">
      <thead>
        <tr>
          <th />
          <th>{t('live.studio.bitrate')}</th>
          <th>{t('live.studio.loss')}</th>
          <th>{t('live.studio.layers')}</th>
        </tr>
      </thead>
      <tbody>
        {health.producers.map((p) => (
          <tr key={p.producerId}>
            <th>{p.kind === 'video' ? t('live.studio.video') : t('live.studio.audio')}</th>
            <td>{t('live.studio.kbps', { value: kbps(p.bitrateBps) })}</td>
            <td className={p.packetLossPct >= 5 ? 'lf-health-bad' : undefined}>{p.packetLossPct}%</td>
            <td>
              {[...p.layers]
                .sort((a, b) => (a.rid ?? '').localeCompare(b.rid ?? ''))
                .map((l, i) => (
                  <Tag
                    key={l.rid ?? i}
                    color={l.bitrateBps > 0 ? 'green' : 'default'}
                    title={t('live.studio.kbps', { value: kbps(l.bitrateBps) })}
                  >
                    {l.rid ?? `#${i}`} {kbps(l.bitrateBps)}
                  </Tag>
                ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
