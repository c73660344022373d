import type { QuoteStatus, RfqStatus } from '@livefair/protocol';

/**
 * Statuses that follow from the clock. The stored status is what the last step wrote; a quote
 * past validUntil and an RFQ past its deadline read as expired at once, and the sweep
 * (`orders.expire-quotes`, every minute) writes that down. Pure: every reader and every guard
 * uses these, with one `now`.
 */

export interface RfqClock {
  status: RfqStatus;
  deadline: Date;
  /** While quoted: the quote on offer's validUntil. */
  offerValidUntil: Date | null;
}

/** Statuses that no step leaves. */
export const FINAL_RFQ_STATUSES: readonly RfqStatus[] = ['accepted', 'closed', 'expired'];

export function rfqStatusAt(r: RfqClock, now: Date): RfqStatus {
  if (FINAL_RFQ_STATUSES.includes(r.status)) return r.status;
  const beforeDeadline = r.deadline.getTime() > now.getTime();
  if (r.status === 'quoted') {
    // A live quote can be accepted after the deadline (the deadline is for quotes to arrive).
    if (r.offerValidUntil && r.offerValidUntil.getTime() > now.getTime()) return 'quoted';
    return beforeDeadline ? 'open' : 'expired';
  }
  return beforeDeadline ? r.status : 'expired';
}

export function quoteStatusAt(q: { status: QuoteStatus; validUntil: Date }, now: Date): QuoteStatus {
  return q.status === 'offered' && q.validUntil.getTime() <= now.getTime() ? 'expired' : q.status;
}

/** Still in play: counts against the buyer's open RFQs. */
export function isActive(status: RfqStatus): boolean {
  return status === 'open' || status === 'quoted' || status === 'declined';
}

/** The exhibitor may send a (new) quote: the RFQ is in play and its deadline has not passed. */
export function canQuote(r: RfqClock, now: Date): boolean {
  return isActive(rfqStatusAt(r, now)) && r.deadline.getTime() > now.getTime();
}

/** Messages flow while the RFQ is in play and after it was accepted (follow-up on the order). */
export function canMessage(r: RfqClock, now: Date): boolean {
  const s = rfqStatusAt(r, now);
  return isActive(s) || s === 'accepted';
}
