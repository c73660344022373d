import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError, flatDtoAccepts, validationFailed } from '@livefair/core';
import { validateSync } from 'class-validator';
import { AnalyticsBatchDto } from '../ingest/event.dto';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The ingest body, checked with AnalyticsBatchDto's class-validator rules run from a plan made once
 * (core's flat-dto-check; a refused body goes through `validateSync`, which words the errors as the
 * global pipe does) instead of through the global pipe's class-transformer copy: that copied every
 * event object of the batch, and the events are then checked one by one anyway. The handler's
 * parameter is typed so that the global pipe passes it through (see the controller).
 */
@Injectable()
export class BatchBodyPipe implements PipeTransform<unknown, AnalyticsBatchDto> {
  transform(value: unknown): AnalyticsBatchDto {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new DomainError('VALIDATION_FAILED', 'The body must be a JSON object');
    const dto = new AnalyticsBatchDto() as unknown as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        throw new DomainError('VALIDATION_FAILED', `property ${key} should not exist`, [
          { field: key, problems: [`property ${key} should not exist`] },
        ]);
      dto[key] = (value as Record<string, unknown>)[key];
    }
    if (flatDtoAccepts(dto) === true) return dto as unknown as AnalyticsBatchDto;
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw validationFailed(errors);
    return dto as unknown as AnalyticsBatchDto;
  }
}
