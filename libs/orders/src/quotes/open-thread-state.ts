/** What a quotation thread holds when it opens (no quote, order, messages or close yet), at `now`. */
export const openThreadState = (now: Date) => ({
  latestQuoteId: null,
  offerValidUntil: null,
  orderId: null,
  orderNo: null,
  messageCount: 0,
  quoteCount: 0,
  closedBy: null,
  closeReason: null,
  closedAt: null,
  createdAt: now,
  lastActivityAt: now,
});
