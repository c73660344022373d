import { ArgumentMetadata, Inject, Injectable, Optional, PipeTransform } from '@nestjs/common';
import { WsParamtype } from '@nestjs/websockets/enums/ws-paramtype.enum';
import { validateSync } from 'class-validator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from './domain-error';
import { flatDtoAccepts } from './flat-dto-check';
import { assertJsonDepth, DEFAULT_MAX_JSON_DEPTH } from './json-depth';
import { validationFailed } from './validation';

const PASS_THROUGH = new Set<unknown>([String, Number, Boolean, Array, Object, undefined]);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Socket event payloads, validated with the same class-validator rules as HTTP bodies (unknown
 * fields refused) but copied one level deep instead of through class-transformer: socket DTOs
 * are flat JSON, and their media fields (rtpCapabilities, ~4 KB) are passed to mediasoup as they
 * came. class-transformer's deep copy of those cost ~0.2 ms per event, 20 times the checks.
 * The rules of a flat DTO run from a plan made once per class (flat-dto-check.ts); only a
 * payload they refuse goes through `validateSync`, which words the errors.
 * For flat DTOs only: nested @ValidateNested/@Type classes are not built here.
 * Nesting is bounded first (JSON_MAX_DEPTH, 400 JSON_TOO_DEEP), as for HTTP bodies: the
 * media fields travel on to mediasoup's own recursive parsing.
 */
@Injectable()
export class SocketValidationPipe implements PipeTransform {
  private readonly maxDepth: number;

  constructor(@Optional() @Inject(APP_CONFIG) config?: AppConfig) {
    this.maxDepth = config?.http.jsonMaxDepth ?? DEFAULT_MAX_JSON_DEPTH;
  }

  transform(value: unknown, { metatype, type }: ArgumentMetadata): unknown {
    // Pipes run for every handler parameter; only the message body came from the client.
    if ((type as unknown) === WsParamtype.PAYLOAD) assertJsonDepth(value, this.maxDepth);
    if (PASS_THROUGH.has(metatype)) return value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new DomainError('VALIDATION_FAILED', 'The payload must be a JSON object');
    }
    const instance = new (metatype as new () => Record<string, unknown>)();
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        throw new DomainError('VALIDATION_FAILED', `property ${key} should not exist`, [
          { field: key, problems: [`property ${key} should not exist`] },
        ]);
      instance[key] = (value as Record<string, unknown>)[key];
    }
    // The rules run directly when the class has a plan (flat-dto-check.ts); class-validator words the refusals.
    if (flatDtoAccepts(instance) === true) return instance;
    const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw validationFailed(errors);
    return instance;
  }
}
