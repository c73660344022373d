/**
 * The error taxonomy's mechanism. A code is stable API (clients branch on it) and has
 * one HTTP status; socket acks carry the same code.
 *
 * Core declares only the codes of its own mechanisms (validation, authentication, HTTP
 * plumbing). Each bounded context declares its codes in its lib, in one file:
 *
 *   export const liveErrorCodes = defineErrorCodes('live', { LIVE_SESSION_NOT_FOUND: 404 });
 *   type LiveErrorCodes = typeof liveErrorCodes;
 *   declare module '@livefair/core' {
 *     interface ErrorCodeRegistry extends LiveErrorCodes {}
 *   }
 *
 * The call registers code -> status at run time (a code declared by two contexts stops the
 * process as it loads); the declaration merge makes `new DomainError('LIVE_SESSION_NOT_FOUND', ...)`
 * type-check everywhere (two contexts giving one code different statuses fail to compile).
 * The documented list is docs/error-codes.md; a test keeps it equal to the registry.
 */

/** The statuses a domain error may have: client errors, and the two server answers we choose. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

export const coreErrorCodes = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  MALFORMED_JSON: 400,
  JSON_TOO_DEEP: 400,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_INVALID_TOKEN: 401,
  FORBIDDEN: 403,
  FORBIDDEN_ROLE: 403,
  NOT_OWNER: 403,
  NOT_FOUND: 404,
  AUTH_EMAIL_TAKEN: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
} as const;

type CoreErrorCodes = typeof coreErrorCodes;

/** Every code the program knows, code -> HTTP status. Contexts extend it (see above). */
export interface ErrorCodeRegistry extends CoreErrorCodes {}

export type ErrorCode = keyof ErrorCodeRegistry & string;

export interface DeclaredErrorCode {
  code: string;
  status: ErrorStatus;
  /** The context that declared it (`core`, `live`, ...). */
  context: string;
}

const CODE_FORMAT = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Code -> status, filled by each context's `defineErrorCodes` as its lib loads. */
export class ErrorCodeTable {
  private readonly byCode = new Map<string, DeclaredErrorCode>();

  define<const T extends Record<string, ErrorStatus>>(context: string, codes: T): T {
    for (const [code, status] of Object.entries(codes)) {
      if (!CODE_FORMAT.test(code)) throw new Error(`error code "${code}" of ${context} is not UPPER_SNAKE_CASE`);
      const known = this.byCode.get(code);
      // The same file loaded twice (two module paths) declares the same thing again: harmless.
      if (known && (known.context !== context || known.status !== status)) {
        throw new Error(
          `error code ${code} is declared twice: by ${known.context} (${known.status}) and by ${context} (${status})`,
        );
      }
      this.byCode.set(code, { code, status, context });
    }
    return codes;
  }

  statusOf(code: string): ErrorStatus | undefined {
    return this.byCode.get(code)?.status;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Every declared code, sorted by context then code (for docs and tests). */
  list(): DeclaredErrorCode[] {
    return [...this.byCode.values()].sort((a, b) => a.context.localeCompare(b.context) || a.code.localeCompare(b.code));
  }
}

/** The process's one table. */
export const errorCodes = new ErrorCodeTable();
errorCodes.define('core', coreErrorCodes);

/** Declares a context's error codes with their HTTP status; call once per context, at module level. */
export function defineErrorCodes<const T extends Record<string, ErrorStatus>>(context: string, codes: T): T {
  return errorCodes.define(context, codes);
}

/** The code's status; undefined when no loaded context declared it (a bug: mapped to 500 and logged). */
export function statusOf(code: ErrorCode): ErrorStatus | undefined {
  return errorCodes.statusOf(code);
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && errorCodes.has(value);
}
