import type { TFunction } from 'i18next';

import type { ApiError } from './ApiError';

/** A user-facing sentence for an error: our translation for known codes, else the server's message. */
export function errorText(t: TFunction, i18nExists: (key: string) => boolean, error: ApiError): string {
  const key = `errors.${error.code}`;
  if (i18nExists(key)) return t(key as 'errors.generic');
  return error.message || t('errors.generic');
}
