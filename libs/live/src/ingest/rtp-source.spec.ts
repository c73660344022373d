import { RtpSourceGuard } from './rtp-source';

describe('RtpSourceGuard', () => {
  it('takes only the address an encoder named', () => {
    const guard = RtpSourceGuard.from('203.0.113.9', '198.51.100.7');
    expect(guard.accepts('198.51.100.7')).toBe(true);
    expect(guard.accepts('::ffff:198.51.100.7')).toBe(true);
    expect(guard.accepts('203.0.113.9')).toBe(false);
  });

  it("defaults to the request's address; from this host, any address of this host", () => {
    expect(RtpSourceGuard.from('::ffff:203.0.113.9', undefined).accepts('203.0.113.9')).toBe(true);
    expect(RtpSourceGuard.from('203.0.113.9', undefined).accepts('203.0.113.10')).toBe(false);
    const local = RtpSourceGuard.from('::ffff:127.0.0.1', undefined);
    expect(local.accepts('127.0.0.2')).toBe(true);
    expect(local.accepts('203.0.113.9')).toBe(false);
    expect(RtpSourceGuard.from('127.0.0.1', '127.0.0.1').accepts('127.0.0.2')).toBe(false);
  });

  it('with SRTP leaves the check to the key', () => {
    expect(RtpSourceGuard.sealed().accepts('203.0.113.9')).toBe(true);
    expect(RtpSourceGuard.sealed().expected).toBeNull();
  });
});
