import { Breadcrumb, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ExpoFacts } from '../components/ExpoFacts';
import { ExpoStatusTag } from '../components/ExpoStatusTag';
import { HallNav } from '../components/HallNav';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { AnnouncementBanner } from '../expo/components/AnnouncementBanner';
import { ApplyButton } from '../expo/components/ApplyButton';
import { ExpoSchedule } from '../expo/components/ExpoSchedule';
import { HallMapSection } from '../expo/components/HallMapSection';
import { expoDescription, expoSubtitle, expoTitle } from '../expo/expoText';
import { useApi } from '../hooks/useApi';
import { useExpoVisit } from '../analytics/useExpoVisit';
import { HallBooths } from './HallBooths';

export default function ExpoPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [search, setSearch] = useSearchParams();
  const { data: expo, error, loading, reload } = useApi((signal) => endpoints.expo(id, signal), `expo:${id}`);
  useExpoVisit(id, search.get('hall') ?? undefined);

  if (error) {
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  }
  if (loading || !expo) return <PageLoading />;

  const halls = [...expo.halls].sort((a, b) => a.sortOrder - b.sortOrder);
  const requested = search.get('hall');
  const activeHall = halls.find((h) => h.id === requested) ?? halls[0];

  return (
    <div className="lf-container">
      <Breadcrumb
        items={[{ title: <Link to="/">{t('nav.expos')}</Link> }, { title: expoTitle(expo, lang) }]}
        className="lf-breadcrumb"
      />
      {expo.coverUrl ? (
        <div className="lf-expo-cover">
          <img src={expo.coverUrl} alt="" data-testid="expo-cover" />
        </div>
      ) : null}
      <PageTitle
        title={
          <>
            {expoTitle(expo, lang)}
            {expoSubtitle(expo, lang) ? (
              <span className="lf-expo-title-sub" data-testid="expo-subtitle">
                {expoSubtitle(expo, lang)}
              </span>
            ) : null}
          </>
        }
        subtitle={expoDescription(expo, lang)}
        extra={
          <Space wrap size={[12, 4]} className="lf-card-meta">
            <ExpoStatusTag status={expo.status} />
            <ExpoFacts expo={expo} />
            <ApplyButton expoId={expo.id} status={expo.status} />
          </Space>
        }
      />
      <AnnouncementBanner expoId={expo.id} />
      <ExpoSchedule expoId={expo.id} />
      {activeHall ? (
        <HallNav halls={halls} activeId={activeHall.id} onChange={(hallId) => setSearch({ hall: hallId }, { replace: true })}>
          <HallMapSection hallId={activeHall.id} />
          <HallBooths hallId={activeHall.id} />
        </HallNav>
      ) : (
        <Empty description={t('expo.noHalls')} />
      )}
    </div>
  );
}
