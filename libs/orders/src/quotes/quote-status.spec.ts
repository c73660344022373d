import { canMessage, canQuote, quoteStatusAt, rfqStatusAt, RfqClock } from './quote-status';

const now = new Date('2026-12-01T10:00:00.000Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const rfq = (over: Partial<RfqClock>): RfqClock => ({ status: 'open', deadline: at(60), offerValidUntil: null, ...over });

describe('RFQ and quote statuses at a time', () => {
  it('keeps open and declined until the deadline, then reads expired', () => {
    expect(rfqStatusAt(rfq({}), now)).toBe('open');
    expect(rfqStatusAt(rfq({ status: 'declined' }), now)).toBe('declined');
    expect(rfqStatusAt(rfq({ deadline: now }), now)).toBe('expired');
    expect(rfqStatusAt(rfq({ status: 'declined', deadline: at(-1) }), now)).toBe('expired');
  });

  it('keeps quoted while the offer is valid, even past the deadline; then open before the deadline or expired after', () => {
    expect(rfqStatusAt(rfq({ status: 'quoted', offerValidUntil: at(5) }), now)).toBe('quoted');
    expect(rfqStatusAt(rfq({ status: 'quoted', offerValidUntil: at(5), deadline: at(-5) }), now)).toBe('quoted');
    expect(rfqStatusAt(rfq({ status: 'quoted', offerValidUntil: now }), now)).toBe('open');
    expect(rfqStatusAt(rfq({ status: 'quoted', offerValidUntil: at(-1), deadline: at(-1) }), now)).toBe('expired');
  });

  it('never moves a final status', () => {
    for (const status of ['accepted', 'closed', 'expired'] as const)
      expect(rfqStatusAt(rfq({ status, deadline: at(-100), offerValidUntil: at(-100) }), now)).toBe(status);
  });

  it('reads an offered quote past validUntil as expired, and leaves decided quotes alone', () => {
    expect(quoteStatusAt({ status: 'offered', validUntil: at(1) }, now)).toBe('offered');
    expect(quoteStatusAt({ status: 'offered', validUntil: now }, now)).toBe('expired');
    expect(quoteStatusAt({ status: 'declined', validUntil: at(-1) }, now)).toBe('declined');
    expect(quoteStatusAt({ status: 'accepted', validUntil: at(-1) }, now)).toBe('accepted');
  });

  it('takes quotes only before the deadline, messages while in play or accepted', () => {
    expect(canQuote(rfq({}), now)).toBe(true);
    expect(canQuote(rfq({ status: 'declined' }), now)).toBe(true);
    expect(canQuote(rfq({ status: 'quoted', offerValidUntil: at(5), deadline: at(-5) }), now)).toBe(false);
    expect(canQuote(rfq({ status: 'accepted' }), now)).toBe(false);
    expect(canMessage(rfq({ status: 'quoted', offerValidUntil: at(5), deadline: at(-5) }), now)).toBe(true);
    expect(canMessage(rfq({ status: 'accepted', deadline: at(-5) }), now)).toBe(true);
    expect(canMessage(rfq({ status: 'closed' }), now)).toBe(false);
    expect(canMessage(rfq({ deadline: at(-5) }), now)).toBe(false);
  });
});
