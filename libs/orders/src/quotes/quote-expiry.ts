import { Injectable } from '@nestjs/common';
import { JobHandler, TransactionalConnection } from '@livefair/core';
import { Quote } from './entities/quote.entity';
import { Rfq } from './entities/rfq.entity';

/**
 * Writes down what the clock already decided (views and guards read it from quote-status.ts):
 * RFQs whose quote on offer ran out go back to open (or expire past their deadline), those
 * quotes become expired, and open or declined RFQs past their deadline expire. Each statement
 * commits on its own (each is a whole transition; a crash between them leaves the rest to the
 * next run), so the sweep never holds one table's locks while waiting for the other's.
 */
@Injectable()
export class QuoteExpiry {
  constructor(private readonly tx: TransactionalConnection) {}

  @JobHandler('orders.expire-quotes')
  async sweep(): Promise<void> {
    const now = new Date();
    await this.tx
      .getRepository(Rfq)
      .createQueryBuilder()
      .update()
      .set({ status: () => `CASE WHEN deadline <= :now THEN 'expired' ELSE 'open' END`, offerValidUntil: null })
      .where(`status = 'quoted' AND offerValidUntil <= :now`, { now })
      .execute();
    await this.tx
      .getRepository(Quote)
      .createQueryBuilder()
      .update()
      .set({ status: 'expired' })
      .where(`status = 'offered' AND validUntil <= :now`, { now })
      .execute();
    await this.tx
      .getRepository(Rfq)
      .createQueryBuilder()
      .update()
      .set({ status: 'expired' })
      .where(`status IN ('open', 'declined') AND deadline <= :now`, { now })
      .execute();
  }
}
