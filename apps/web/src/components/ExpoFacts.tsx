import { CalendarOutlined } from '@ant-design/icons';
import type { ExpoSummary } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

import { formatDateRange } from '../utils/dates';

/**
 * Dates, hall and booth counts of an expo, spaced and wrapping by themselves: a Space around
 * this component sees one child, so its spans used to run together ("2026/12/294 个展馆32 个展位").
 */
export function ExpoFacts({ expo }: { expo: ExpoSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="lf-expo-facts">
      <span>
        <CalendarOutlined /> {formatDateRange(expo.startsAt, expo.endsAt, i18n.language)}
      </span>
      <span>{t('expo.halls', { count: expo.hallCount })}</span>
      <span>{t('expo.booths', { count: expo.boothCount })}</span>
    </span>
  );
}
