import { CalendarOutlined } from '@ant-design/icons';
import type { ExpoSummary } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

import { formatDateRange } from '../utils/dates';

/** Dates, hall and booth counts of an expo, as spans for a wrapping Space. */
export function ExpoFacts({ expo }: { expo: ExpoSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span>
        <CalendarOutlined /> {formatDateRange(expo.startsAt, expo.endsAt, i18n.language)}
      </span>
      <span>{t('expo.halls', { count: expo.hallCount })}</span>
      <span>{t('expo.booths', { count: expo.boothCount })}</span>
    </>
  );
}
