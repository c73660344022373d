import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../api/ApiError';
import { useApiErrorText } from '../hooks/useApiErrorText';

/** A failed page load, with the error code and request id visible for support. */
export function ApiErrorAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useApiErrorText();
  return (
    <Alert
      type="error"
      showIcon
      className="lf-alert"
      title={text(error)}
      description={
        <span className="lf-error-meta">
          {t('common.errorCode')}: <code>{error.code}</code>
          {error.requestId ? (
            <>
              {' · '}
              {t('common.requestId')}: <code>{error.requestId}</code>
            </>
          ) : null}
        </span>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
