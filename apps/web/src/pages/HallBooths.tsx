import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { BoothGrid } from '../components/BoothGrid';
import { PageLoading } from '../components/PageLoading';
import { useApi } from '../hooks/useApi';

/** One hall's booth grid, loaded when its tab is opened. */
export function HallBooths({ hallId }: { hallId: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => endpoints.hallBooths(hallId, signal), `hall:${hallId}`);
  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  if (loading || !data) return <PageLoading />;
  return <BoothGrid booths={data} emptyText={t('expo.hallEmpty')} />;
}
