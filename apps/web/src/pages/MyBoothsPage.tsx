import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { BoothGrid } from '../components/BoothGrid';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { useApi } from '../hooks/useApi';

export default function MyBoothsPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => endpoints.myBooths(signal), 'my-booths');
  return (
    <div className="lf-container">
      <PageTitle title={t('my.boothsTitle')} subtitle={t('my.boothsSubtitle')} />
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data ? <BoothGrid booths={data} emptyText={t('my.noBooths')} /> : null}
    </div>
  );
}
