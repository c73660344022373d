import { WsParamtype } from '@nestjs/websockets/enums/ws-paramtype.enum';
import { IsObject, IsString } from 'class-validator';
import { AppConfig } from '../config/app-config';
import { DomainError } from './domain-error';
import { exceedsJsonDepth } from './json-depth';
import { SocketValidationPipe } from './socket-validation.pipe';

class MediaDto {
  @IsString()
  transportId!: string;

  @IsObject()
  dtlsParameters!: object;
}

function nested(levels: number): object {
  let v: object = {};
  for (let i = 1; i < levels; i++) v = { a: v };
  return v;
}

const payload = { metatype: MediaDto, type: WsParamtype.PAYLOAD as unknown as 'body' };

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not-a-domain-error';
  }
}

describe('SocketValidationPipe', () => {
  const pipe = new SocketValidationPipe();

  it('passes a flat payload with a nested media field through', () => {
    const out = pipe.transform(
      { transportId: 't1', dtlsParameters: { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: 'AB' }] } },
      payload,
    );
    expect(out).toBeInstanceOf(MediaDto);
  });

  it('refuses a payload nested 2,000 levels deep with JSON_TOO_DEEP before validation', () => {
    expect(codeOf(() => pipe.transform({ transportId: 't1', dtlsParameters: nested(2000) }, payload))).toBe('JSON_TOO_DEEP');
    // Deep payloads of handlers that take a plain object are refused too.
    expect(codeOf(() => pipe.transform(nested(2000), { metatype: Object, type: payload.type }))).toBe('JSON_TOO_DEEP');
  });

  it('takes its limit from the config (JSON_MAX_DEPTH)', () => {
    const strict = new SocketValidationPipe({ http: { jsonMaxDepth: 3 } } as AppConfig);
    expect(codeOf(() => strict.transform({ transportId: 't1', dtlsParameters: { a: { b: 1 } } }, payload))).toBeNull();
    expect(codeOf(() => strict.transform({ transportId: 't1', dtlsParameters: { a: { b: {} } } }, payload))).toBe(
      'JSON_TOO_DEEP',
    );
  });

  it('does not walk the non-payload parameters (the socket itself)', () => {
    const socketLike = nested(100);
    expect(pipe.transform(socketLike, { metatype: Object, type: WsParamtype.SOCKET as unknown as 'custom' })).toBe(socketLike);
  });
});

describe('exceedsJsonDepth', () => {
  it('counts object and array levels without recursion', () => {
    expect(exceedsJsonDepth(42, 1)).toBe(false);
    expect(exceedsJsonDepth({}, 1)).toBe(false);
    expect(exceedsJsonDepth([[]], 1)).toBe(true);
    expect(exceedsJsonDepth(nested(32), 32)).toBe(false);
    expect(exceedsJsonDepth(nested(33), 32)).toBe(true);
    expect(exceedsJsonDepth(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)), 32)).toBe(true);
  });
});
