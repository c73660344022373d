import { networkInterfaces } from 'node:os';

/** '::ffff:127.0.0.1' and '127.0.0.1' are one address. */
export function normalizeIp(ip: string): string {
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
}

function isThisHost(ip: string): boolean {
  if (ip.startsWith('127.') || ip === '::1') return true;
  return Object.values(networkInterfaces()).some((list) => list?.some((a) => normalizeIp(a.address) === ip));
}

/**
 * Who may become a plain-RTP ingest's source. mediasoup learns the source from the first packet
 * (comedia), so without SRTP anyone who guesses the port could claim it; the guard checks the learned
 * address before any producer exists. An address the encoder named must match exactly; the request's
 * own address also accepts any address of this host when the request came from it (an encoder beside
 * the server sends from whichever local address routes to the announced one).
 */
export class RtpSourceGuard {
  private constructor(
    readonly expected: string | null,
    private readonly exact: boolean,
  ) {}

  /** SRTP: only packets sealed with the key given to the key holder are read at all. */
  static sealed(): RtpSourceGuard {
    return new RtpSourceGuard(null, false);
  }

  static from(requestIp: string, statedIp: string | undefined): RtpSourceGuard {
    return new RtpSourceGuard(normalizeIp(statedIp ?? requestIp), statedIp !== undefined);
  }

  accepts(ip: string): boolean {
    if (this.expected === null) return true;
    const seen = normalizeIp(ip);
    if (seen === this.expected) return true;
    return !this.exact && isThisHost(this.expected) && isThisHost(seen);
  }
}
