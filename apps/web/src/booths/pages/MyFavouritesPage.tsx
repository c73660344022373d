import { Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { BoothCard } from '../../components/BoothCard';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { formatDate } from '../../utils/dates';
import { boothsApi } from '../boothsApi';
import { FavouriteButton } from '../components/FavouriteButton';
import '../booths.css';

/** /my/favourites — the buyer's favourite booths (followed: a notification when one goes live). */
export default function MyFavouritesPage() {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => boothsApi.myFavourites(signal), 'my-favourites');
  return (
    <div className="lf-container">
      <PageTitle title={t('booths.favourites.title')} subtitle={t('booths.favourites.subtitle')} />
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data && data.length === 0 ? <Empty description={t('booths.favourites.empty')} /> : null}
      {data && data.length > 0 ? (
        <Row gutter={[16, 16]}>
          {data.map((f) => (
            <Col key={f.booth.id} xs={24} sm={12} lg={8} xl={6} data-testid="favourite-item">
              <BoothCard booth={f.booth} />
              <div className="lf-favourite-foot">
                <Typography.Text type="secondary">
                  {t('booths.favourites.since', { date: formatDate(f.createdAt, i18n.language) })}
                </Typography.Text>
                <FavouriteButton boothId={f.booth.id} />
              </div>
            </Col>
          ))}
        </Row>
      ) : null}
    </div>
  );
}
