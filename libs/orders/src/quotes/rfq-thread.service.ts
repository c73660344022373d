import { Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { RFQ_LIMITS, type RfqMessageView, type RfqThreadEntry, type RfqThreadView, type RfqView } from '@livefair/protocol';
import { MoreThan } from 'typeorm';
import { Quote } from './entities/quote.entity';
import { RfqMessage } from './entities/rfq-message.entity';
import { Rfq } from './entities/rfq.entity';
import { canMessage, canQuote, isActive, quoteStatusAt, rfqStatusAt } from './quote-status';
import { toMessageView, toQuoteView, toRfqView } from './quote-views';
import { RfqNotifier } from './rfq-notifier';
import { RfqThreads } from './rfq-threads';

const MINUTE_MS = 60_000;

/** One thread: reading it, messages both ways, closing it. */
@Injectable()
export class RfqThreadService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly threads: RfqThreads,
    private readonly notifier: RfqNotifier,
    private readonly catalog: CatalogService,
  ) {}

  async thread(principal: Principal, id: string): Promise<RfqThreadView> {
    const { rfq, side } = await this.threads.find(principal, id);
    const now = new Date();
    const [messages, quotes, product] = await Promise.all([
      this.tx.getRepository(RfqMessage).find({ where: { rfqId: id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.tx.getRepository(Quote).find({ where: { rfqId: id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      side === 'exhibitor' ? this.catalog.find(rfq.productId) : null,
    ]);
    const latest = quotes.find((q) => q.id === rfq.latestQuoteId) ?? null;
    const entries: RfqThreadEntry[] = [
      ...messages.map((m): RfqThreadEntry => ({ kind: 'message', at: m.createdAt.toISOString(), message: toMessageView(m) })),
      ...quotes.map((q): RfqThreadEntry => ({ kind: 'quote', at: q.createdAt.toISOString(), quote: toQuoteView(q, now) })),
    ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const status = rfqStatusAt(rfq, now);
    const onOffer = status === 'quoted' && latest !== null && quoteStatusAt(latest, now) === 'offered';
    return {
      rfq: toRfqView(rfq, latest, now),
      entries,
      viewerSide: side,
      quotableSkus: (product?.skus ?? []).map((s) => ({ id: s.id, skuCode: s.skuCode, specs: s.specs })),
      can: {
        message: canMessage(rfq, now) && rfq.messageCount < RFQ_LIMITS.messagesPerThread,
        quote: side === 'exhibitor' && canQuote(rfq, now) && rfq.quoteCount < RFQ_LIMITS.quotesPerThread,
        accept: side === 'buyer' && onOffer,
        decline: side === 'buyer' && onOffer,
        close: isActive(status),
      },
    };
  }

  async postMessage(principal: Principal, id: string, body: string): Promise<RfqMessageView> {
    const { side } = await this.threads.find(principal, id);
    return this.tx.run(async () => {
      const now = new Date();
      const rfq = await this.threads.lock(id, now);
      if (!canMessage(rfq, now))
        throw new DomainError(
          'RFQ_NOT_OPEN',
          `This request for quotation is ${rfqStatusAt(rfq, now)}; it takes no more messages`,
        );
      if (rfq.messageCount >= RFQ_LIMITS.messagesPerThread)
        throw new DomainError('RFQ_THREAD_FULL', `A thread holds at most ${RFQ_LIMITS.messagesPerThread} messages`);
      const messages = this.tx.getRepository(RfqMessage);
      const recent = await messages.count({
        where: { rfqId: id, authorId: principal.userId, createdAt: MoreThan(new Date(now.getTime() - MINUTE_MS)) },
      });
      if (recent >= RFQ_LIMITS.messagesPerMinute)
        throw new DomainError(
          'RATE_LIMITED',
          `At most ${RFQ_LIMITS.messagesPerMinute} messages a minute in one thread; wait a moment`,
        );
      const message = messages.create({
        rfqId: id,
        side,
        authorId: principal.userId,
        authorName: principal.displayName.slice(0, 64),
        body,
        createdAt: now,
      });
      await messages.insert(message);
      await this.tx.getRepository(Rfq).increment({ id }, 'messageCount', 1);
      await this.notifier.tellOtherSide(
        rfq,
        side,
        'rfq.message',
        `${message.authorName} 回复了询价：${rfq.productName}`,
        body.slice(0, 200),
      );
      return toMessageView(message);
    });
  }

  /** The buyer withdraws the request, or the seller closes it; a quote on offer is declined (buyer) or withdrawn (seller). */
  async close(principal: Principal, id: string, reason: string | undefined): Promise<RfqView> {
    const { side } = await this.threads.find(principal, id);
    const closed = await this.tx.run(async () => {
      const now = new Date();
      const rfq = await this.threads.lock(id, now);
      const status = rfqStatusAt(rfq, now);
      if (!isActive(status)) throw new DomainError('RFQ_NOT_OPEN', `This request for quotation is already ${status}`);
      const quotes = this.tx.getRepository(Quote);
      let latest = rfq.latestQuoteId ? await quotes.findOne({ where: { id: rfq.latestQuoteId } }) : null;
      if (latest && latest.status === 'offered') {
        const onOffer = quoteStatusAt(latest, now) === 'offered';
        const ended = onOffer ? (side === 'buyer' ? 'declined' : 'withdrawn') : 'expired';
        const decision = {
          status: ended,
          decidedAt: onOffer ? now : null,
          declineReason: ended === 'declined' ? (reason ?? '') : null,
        } as const;
        await quotes.update({ id: latest.id }, decision);
        latest = Object.assign(latest, decision);
      }
      const closing = {
        status: 'closed' as const,
        closedBy: side,
        closeReason: reason ?? '',
        closedAt: now,
        offerValidUntil: null,
      };
      await this.tx.getRepository(Rfq).update({ id }, closing);
      Object.assign(rfq, closing);
      const who = side === 'buyer' ? rfq.buyerName : rfq.enterpriseName;
      await this.notifier.tellOtherSide(
        rfq,
        side,
        'rfq.closed',
        `询价已关闭：${rfq.productName}`,
        `${who} 关闭了询价${reason ? `：${reason}` : '。'}`,
      );
      return { rfq, latest };
    });
    return toRfqView(closed.rfq, closed.latest, new Date());
  }
}
