// The quotations' declarations register with core as the orders module loads.
import './quote-errors';
import './quote-jobs';
import { QuoteController } from './quote.controller';
import { QuoteAcceptance } from './quote-acceptance';
import { QuoteExpiry } from './quote-expiry';
import { NeedAnswers } from './need-answer.service';
import { QuoteService } from './quote.service';
import { RfqController } from './rfq.controller';
import { RfqNotifier } from './rfq-notifier';
import { RfqThreadService } from './rfq-thread.service';
import { RfqThreads } from './rfq-threads';
import { RfqService } from './rfq.service';

export { quotesEntities } from './quotes-schema';

/** Requests for quotation and quotes: what the orders module hosts for them (services exported for the HTTP module's controllers). */
export const quoteServices = [RfqService, RfqThreadService, QuoteService, QuoteAcceptance, NeedAnswers];
export const quoteProviders = [RfqThreads, RfqNotifier, QuoteExpiry, ...quoteServices];
export const quoteControllers = [RfqController, QuoteController];
