import { CalendarOutlined } from '@ant-design/icons';
import type { ExpoSummary } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

import { formatDateRange } from '../utils/dates';

/**
 * Dates, hall and booth counts of an expo, spaced and wrapping by themselves: a Space around
 * this component sees one child, so its spans used to run together ("2026/12/294 个展馆32 个展位").
 * The gap spaced them on screen only: their text still ran together wherever it is read as text
 * (copy and paste, innerText, search snippets). A " · " between them keeps them apart there too.
 */
export function ExpoFacts({ expo }: { expo: ExpoSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="lf-expo-facts">
      <span>
        <CalendarOutlined /> {formatDateRange(expo.startsAt, expo.endsAt, i18n.language)}
      </span>
      <span className="lf-expo-facts-sep" aria-hidden>
        {' · '}
      </span>
      <span>{t('expo.halls', { count: expo.hallCount })}</span>
      <span className="lf-expo-facts-sep" aria-hidden>
        {' · '}
      </span>
      <span>{t('expo.booths', { count: expo.boothCount })}</span>
    </span>
  );
}
