import { Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ExpoCard } from '../components/ExpoCard';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { useApi } from '../hooks/useApi';

export default function HomePage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => endpoints.expos(signal), 'expos');

  return (
    <div className="lf-container">
      <PageTitle title={t('expo.listTitle')} subtitle={t('expo.listSubtitle')} />
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data && data.length === 0 ? <Empty description={t('expo.empty')} /> : null}
      {data && data.length > 0 ? (
        <Row gutter={[16, 16]}>
          {data.map((expo) => (
            <Col key={expo.id} xs={24} lg={12}>
              <ExpoCard expo={expo} />
            </Col>
          ))}
        </Row>
      ) : null}
    </div>
  );
}
