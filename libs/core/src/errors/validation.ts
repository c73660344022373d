import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldProblem } from './domain-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, problems: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

export function validationFailed(errors: ValidationError[]): DomainError {
  const details = flatten(errors);
  const summary = details.map((d) => `${d.field}: ${d.problems[0]}`).join('; ');
  return new DomainError('VALIDATION_FAILED', summary || 'Invalid request', details);
}

/** Global pipe: strip nothing silently — unknown fields are rejected, types are transformed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: validationFailed,
  });
}
