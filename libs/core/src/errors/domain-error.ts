import { ErrorCode, statusOf } from './error-codes';

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** An expected failure with a stable code. Thrown by services, mapped by one filter. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[],
    /** Sent as `Retry-After` over HTTP (429 and 503 answers). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** The code's HTTP status; 500 if no loaded context declared the code (classifyError logs that). */
  get status(): number {
    return statusOf(this.code) ?? 500;
  }

  static notFound(code: ErrorCode, what: string, id: string): DomainError {
    return new DomainError(code, `${what} ${id} was not found`);
  }

  static forbidden(message = 'You may not do this'): DomainError {
    return new DomainError('FORBIDDEN', message);
  }
}
