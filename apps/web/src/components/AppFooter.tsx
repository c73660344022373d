import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { useApi } from '../hooks/useApi';
import { AnalyticsNotice } from '../analytics/AnalyticsNotice';

export function AppFooter() {
  const { t } = useTranslation();
  const { data: info } = useApi((signal) => endpoints.info(signal), 'info');
  return (
    <footer className="lf-footer">
      <AnalyticsNotice />
      {info
        ? t('app.footer', {
            name: info.name,
            version: info.version,
            mode: info.mode === 'embedded' ? t('app.modeEmbedded') : t('app.modeProduction'),
          })
        : t('app.name')}
    </footer>
  );
}
