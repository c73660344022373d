import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '@livefair/core';

/**
 * For requests without fields (`session.whoami`, `room.leave`, `stream.health`, `session.end`):
 * the payload is `{}`; any field is one the event does not define. (The class-validator pipe
 * cannot check a DTO without properties.)
 */
@Injectable()
export class EmptyPayload implements PipeTransform {
  transform(value: unknown): Record<string, never> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DomainError('VALIDATION_FAILED', 'The payload must be a JSON object');
    }
    const [field] = Object.keys(value);
    if (field !== undefined) {
      throw new DomainError('VALIDATION_FAILED', `property ${field} should not exist`, [
        { field, problems: [`property ${field} should not exist`] },
      ]);
    }
    return {};
  }
}
