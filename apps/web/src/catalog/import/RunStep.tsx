import type { ImportView } from '@livefair/protocol';
import { Button, Progress, Result, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { useShowApiError } from '../../hooks/useShowApiError';
import { importApi } from './importApi';

/** 导入: the queued run's progress (polled), cancel, and the result with the bad rows to download. */
export function RunStep({ initial, onAgain }: { initial: ImportView; onAgain: () => void }) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [view, setView] = useState(initial);
  const finished = view.status === 'done' || view.status === 'failed' || view.status === 'cancelled';

  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => {
      importApi.get(view.id).then(setView, () => undefined);
    }, 700);
    return () => clearInterval(timer);
  }, [finished, view.id]);

  const badRows =
    view.bad > 0 ? (
      <Button onClick={() => importApi.downloadBadRows(view.id).catch(showError)} data-testid="download-bad-rows">
        {t('catalogImport.run.badRows')}
      </Button>
    ) : null;

  if (!finished) {
    const percent = view.totalRows ? Math.floor((view.processedRows / view.totalRows) * 100) : 0;
    const label =
      view.status === 'queued'
        ? t('catalogImport.run.queued')
        : view.totalRows === 0
          ? t('catalogImport.run.checking')
          : t('catalogImport.run.running', { done: view.processedRows, total: view.totalRows });
    return (
      <div className="lf-import-step lf-import-progress" data-testid="import-progress">
        <Progress percent={percent} status="active" />
        <div>{label}</div>
        <Button danger onClick={() => importApi.cancel(view.id).then(setView, showError)} data-testid="cancel-import">
          {t('catalogImport.run.cancel')}
        </Button>
      </div>
    );
  }
  if (view.status === 'done') {
    return (
      <Result
        status="success"
        data-testid="import-done"
        title={t('catalogImport.run.done', { created: view.created, updated: view.updated, bad: view.bad })}
        extra={
          <Space wrap>
            <Link to="/my/readiness">
              <Button type="primary" data-testid="to-readiness">
                {t('catalogImport.run.toReadiness')}
              </Button>
            </Link>
            {badRows}
            <Button onClick={onAgain}>{t('catalogImport.run.again')}</Button>
          </Space>
        }
      />
    );
  }
  return (
    <Result
      status={view.status === 'cancelled' ? 'info' : 'error'}
      data-testid="import-failed"
      title={
        view.status === 'cancelled'
          ? t('catalogImport.run.cancelled')
          : view.failure === 'IMPORT_ROWS_INVALID'
            ? t('catalogImport.run.failedRows', { bad: view.bad })
            : t('catalogImport.run.failed', { code: view.failure ?? '' })
      }
      extra={
        <Space wrap>
          {badRows}
          <Button onClick={onAgain}>{t('catalogImport.run.again')}</Button>
        </Space>
      }
    />
  );
}
