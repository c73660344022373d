import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { liveErrorCode } from './LiveClient';

/** A sentence for a failed live request, with its code for support. */
export function useLiveErrorText(): (err: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (err: unknown) => {
      const code = typeof err === 'string' ? err : liveErrorCode(err);
      const key = `errors.${code}`;
      const text = i18n.exists(key) ? t(key as 'errors.generic') : t('errors.generic');
      return `${text} [${code}]`;
    },
    [t, i18n],
  );
}
