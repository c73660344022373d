import { readToken, writeSession } from '../auth/session';
import { ApiError, CLIENT_ERROR_CODES, isApiErrorBody } from './ApiError';

const BASE = '/api';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
}

/**
 * The one way pages talk to the server: adds the bearer token, sends JSON (or a FormData upload as is), parses JSON,
 * and turns every failure into an ApiError with a code a user can read out to support.
 */
export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = readToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { code: CLIENT_ERROR_CODES.network, message: String(err) });
  }

  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }

  if (!response.ok) {
    const body = isApiErrorBody(payload)
      ? payload
      : { code: `HTTP_${response.status}`, message: response.statusText || 'Request failed' };
    // A token the server no longer accepts is useless: drop it so the UI shows the logged-out state.
    if (response.status === 401 && token) writeSession(null);
    throw new ApiError(response.status, body);
  }
  if (text && payload === undefined) {
    throw new ApiError(response.status, {
      code: CLIENT_ERROR_CODES.badResponse,
      message: 'The server sent a response that is not JSON',
    });
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>('GET', path, { signal }),
  post: <T>(path: string, body: unknown, headers?: Record<string, string>) => apiRequest<T>('POST', path, { body, headers }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};

/**
 * A file from the API (CSV exports) saved by the browser: fetched with the bearer token, handed
 * to a download link. Failures come back as ApiError like any call.
 */
export async function apiDownload(path: string, fallbackName: string): Promise<void> {
  const token = readToken();
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (err) {
    throw new ApiError(0, { code: CLIENT_ERROR_CODES.network, message: String(err) });
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => undefined);
    throw new ApiError(
      response.status,
      isApiErrorBody(payload) ? payload : { code: `HTTP_${response.status}`, message: response.statusText },
    );
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
