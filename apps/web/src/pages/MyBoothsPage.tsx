import { AppstoreOutlined, EditOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { BoothCard } from '../components/BoothCard';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { useApi } from '../hooks/useApi';
import '../live/live.css';

export default function MyBoothsPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => endpoints.myBooths(signal), 'my-booths');
  return (
    <div className="lf-container">
      <PageTitle
        title={t('my.boothsTitle')}
        subtitle={t('my.boothsSubtitle')}
        extra={
          <Link to="/my/products">
            <Button icon={<AppstoreOutlined />} data-testid="manage-products">
              {t('catalog.manageProducts')}
            </Button>
          </Link>
        }
      />
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data && data.length === 0 ? <Empty description={t('my.noBooths')} /> : null}
      {data && data.length > 0 ? (
        <Row gutter={[16, 16]}>
          {data.map((booth) => (
            <Col key={booth.id} xs={24} sm={12} lg={8} xl={6} className="lf-my-booth">
              <BoothCard booth={booth} />
              {/* The studio is where the booth's staff schedule sessions and go live. */}
              <Link to={`/studio/${booth.id}`}>
                <Button block type="primary" icon={<VideoCameraOutlined />} data-testid="open-studio">
                  {t('live.studio.enter')}
                </Button>
              </Link>
              <Link to={`/my/booths/${booth.id}/profile`}>
                <Button block icon={<EditOutlined />} data-testid="edit-booth-profile">
                  {t('booths.editor.open')}
                </Button>
              </Link>
              <Link to={`/my/booths/${booth.id}/analytics`}>{t('analytics.boothLink')}</Link>
            </Col>
          ))}
        </Row>
      ) : null}
    </div>
  );
}
