import { SubscribeMessage } from '@nestjs/websockets';
import { MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import { AckResults } from './ack-results.decorator';
import { DomainError } from './domain-error';
import { AckFailure } from './ws-ack';
import './error-codes';

@AckResults()
class Gateway {
  factor = 2;

  @SubscribeMessage('double')
  double(n: number): number {
    return n * this.factor;
  }

  @SubscribeMessage('later')
  async later(): Promise<undefined> {
    return undefined;
  }

  @SubscribeMessage('fail')
  async fail(): Promise<never> {
    throw new Error('nope');
  }

  @SubscribeMessage('refuse')
  async refuse(): Promise<AckFailure> {
    return new AckFailure(new DomainError('RATE_LIMITED', 'slow down'));
  }

  helper(): string {
    return 'plain';
  }
}

describe('AckResults', () => {
  const g = new Gateway();

  it('acks sync and async results as { ok: true, data }, undefined as null, with the instance as this', async () => {
    expect(g.double(21)).toEqual({ ok: true, data: 42 });
    await expect(g.later()).resolves.toEqual({ ok: true, data: null });
  });

  it('lets failures through for the exception filter', async () => {
    await expect(g.fail()).rejects.toThrow('nope');
  });

  it('acks a returned AckFailure as { ok: false, error } with its code', async () => {
    await expect(g.refuse()).resolves.toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: 'slow down' } });
  });

  it('keeps the message mapping on the wrapped handler and leaves other methods alone', () => {
    expect(Reflect.getMetadata(MESSAGE_MAPPING_METADATA, Gateway.prototype.double)).toBe(true);
    expect(Reflect.getMetadata(MESSAGE_METADATA, Gateway.prototype.double)).toBe('double');
    expect(Gateway.prototype.double.name).toBe('double');
    expect(g.helper()).toBe('plain');
  });
});
