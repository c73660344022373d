import type { FormInstance } from 'antd';

import { toApiError } from '../api/ApiError';

/**
 * Puts a `VALIDATION_FAILED` response's per-field problems under the matching inputs.
 * Returns false when nothing could be placed, so the caller shows a toast instead.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, fields: readonly string[]): boolean {
  const error = toApiError(err);
  const placeable = (error.details ?? []).filter((d) => fields.includes(d.field));
  if (placeable.length === 0) return false;
  form.setFields(placeable.map((d) => ({ name: d.field, errors: d.problems })));
  return true;
}
