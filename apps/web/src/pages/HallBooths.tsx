import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { BoothGrid } from '../components/BoothGrid';
import { PageLoading } from '../components/PageLoading';
import { LIVE_STATUS_POLL_MS, usePolled } from '../hooks/usePolled';

/** One hall's booth grid, loaded when its tab is opened; its live badges re-read every 30 s. */
export function HallBooths({ hallId }: { hallId: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = usePolled(
    (signal) => endpoints.hallBooths(hallId, signal),
    `hall:${hallId}`,
    LIVE_STATUS_POLL_MS,
  );
  // A failed poll keeps the grid on screen; only a first load that failed shows the error.
  if (error && !data) return <ApiErrorAlert error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;
  return <BoothGrid booths={data} emptyText={t('expo.hallEmpty')} />;
}
