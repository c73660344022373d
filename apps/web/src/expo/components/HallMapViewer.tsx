import type { HallMapView, SlotView } from '@livefair/protocol';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../utils/dates';
import { gridStyle, slotClass, slotStyle } from './slotClass';

function SlotStatus({ slot }: { slot: SlotView }) {
  const { t, i18n } = useTranslation();
  const b = slot.booth!;
  if (b.liveStatus === 'live') {
    return (
      <span className="lf-slot-name">
        {b.viewers != null ? t('expoConsole.map.viewers', { count: b.viewers }) : t('expoConsole.map.live')}
      </span>
    );
  }
  if (b.nextSessionAt) {
    return (
      <span className="lf-slot-name">{t('expoConsole.map.next', { time: formatDateTime(b.nextSessionAt, i18n.language) })}</span>
    );
  }
  return null;
}

/** Buyers' hall map: each booth with its live status and next session; a booth opens its page. */
export function HallMapViewer({ map }: { map: HallMapView }) {
  const { t } = useTranslation();
  const { gridCols: cols, gridRows: rows } = map.hall;
  return (
    <div className="lf-hallmap-block">
      <Typography.Text type="secondary">{t('expoConsole.map.legend')}</Typography.Text>
      <div className="lf-hallmap-scroll">
        <div className="lf-hallmap" style={gridStyle(cols, rows, 48)} data-testid="hall-map">
          {map.slots.map((slot) => (
            <div key={slot.id} className={slotClass(slot)} style={slotStyle(slot, cols, rows)} data-slot-code={slot.code}>
              {slot.booth ? (
                <Link to={`/booths/${slot.booth.id}`} className="lf-slot-link" title={slot.booth.enterpriseName}>
                  <div className="lf-slot-body">
                    <span className="lf-slot-code">
                      {slot.code}
                      {slot.booth.liveStatus === 'live' ? ` · ${t('expoConsole.map.live')}` : ''}
                    </span>
                    <span className="lf-slot-name">{slot.booth.enterpriseName}</span>
                    <SlotStatus slot={slot} />
                  </div>
                </Link>
              ) : (
                <div className="lf-slot-body">
                  <span className="lf-slot-code">{slot.code}</span>
                  <span className="lf-slot-name">{t('expoConsole.map.free')}</span>
                </div>
              )}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
