import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { useApi } from '../hooks/useApi';
import { liveApi } from '../live/liveApi';
import { CreateSessionForm } from '../live/studio/CreateSessionForm';
import { SessionList } from '../live/studio/SessionList';
import '../live/live.css';
import { StudioRoom } from './StudioRoom';

/** /studio/:boothId — the booth's sessions; `?session=` opens one (so a reload comes back to it). */
export default function StudioPage() {
  const { boothId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const booth = useApi((signal) => endpoints.booth(boothId, signal), `booth:${boothId}`);
  const sessions = useApi((signal) => liveApi.boothSessions(boothId, signal), `live-sessions:${boothId}`);
  const openId = params.get('session');

  const error = booth.error ?? sessions.error;
  if (error) {
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={() => (booth.error ? booth.reload() : sessions.reload())} />
      </div>
    );
  }
  if (!booth.data || !sessions.data) return <PageLoading />;

  const open = (id: string | null) => {
    setParams(id ? { session: id } : {});
    if (!id) sessions.reload();
  };
  const session = sessions.data.find((s) => s.id === openId);

  return (
    <div className="lf-container lf-studio-page">
      <Breadcrumb
        className="lf-breadcrumb"
        items={[
          { title: <Link to="/my/booths">{t('nav.myBooths')}</Link> },
          { title: <Link to={`/booths/${boothId}`}>{booth.data.code}</Link> },
          session
            ? {
                title: (
                  <a onClick={() => open(null)}>
                    <ArrowLeftOutlined /> {t('live.studio.backToList')}
                  </a>
                ),
              }
            : { title: t('live.studio.title') },
        ]}
      />
      {session ? (
        <StudioRoom key={session.id} booth={booth.data} session={session} onBack={() => open(null)} />
      ) : (
        <>
          <PageTitle
            title={t('live.studio.title')}
            subtitle={t('live.studio.subtitle', { booth: booth.data.enterprise.name, code: booth.data.code })}
          />
          <div className="lf-studio-home">
            <Card size="small" title={t('live.studio.sessions')} className="lf-studio-sessions">
              <SessionList sessions={sessions.data} onOpen={open} />
            </Card>
            <Card size="small" title={t('live.studio.create')}>
              <CreateSessionForm
                boothId={boothId}
                onCreated={(s) => {
                  void message.success(t('live.studio.created'));
                  sessions.reload();
                  open(s.id);
                }}
              />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
