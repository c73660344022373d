import { defineSchema } from '@livefair/core';
import { Quote } from './entities/quote.entity';
import { RfqBuyerLock } from './entities/rfq-buyer-lock.entity';
import { RfqMessage } from './entities/rfq-message.entity';
import { Rfq } from './entities/rfq.entity';
import { Quotations1796118921669 } from './migrations/mysql/1796118921669-Quotations';
import { Quotations1796118933944 } from './migrations/sqlite/1796118933944-Quotations';

/** Requests for quotation, their messages and quotes (the orders context's). */
export const quotesEntities = [Rfq, Quote, RfqMessage, RfqBuyerLock];

defineSchema('orders', {
  entities: quotesEntities,
  migrations: { mysql: [Quotations1796118921669], sqlite: [Quotations1796118933944] },
});
