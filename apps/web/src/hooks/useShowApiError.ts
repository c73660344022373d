import { App } from 'antd';
import { useCallback } from 'react';

import { toApiError } from '../api/ApiError';
import { useApiErrorText } from './useApiErrorText';

/** Toast for failed actions (form submits); the code in brackets is what users read out to support. */
export function useShowApiError(): (err: unknown) => void {
  const { message } = App.useApp();
  const text = useApiErrorText();
  return useCallback(
    (err: unknown) => {
      const error = toApiError(err);
      const ref = error.requestId ? ` · ${error.requestId}` : '';
      void message.error(`${text(error)} [${error.code}${ref}]`);
    },
    [message, text],
  );
}
