import { DealBatch } from './deal-batch';
import { DealBuyService } from './deal-buy.service';
import { DealDirectory } from './deal-directory';
import { DealExpiry } from './deal-expiry';
import { DealMetrics } from './deal-metrics';
import { DealReconciler } from './deal-reconciler';
import { DealSignals } from './deal-signals';
import { DealSweeper } from './deal-sweeper';
import { DealWriter } from './deal-writer';
import { DealController } from './deal.controller';
import { DealService } from './deal.service';
import { KeyLookup } from './key-lookup';
import { RESERVATION_STORE } from './reservation-store';
import { reservationStoreProvider } from './reservation-store.provider';
// The flash deals' declarations register with core as this file loads.
import './deal-errors';
import './deal-jobs';

/** What OrdersModule provides for flash deals (the socket side is FlashDealsLiveModule). */
export const dealProviders = [
  reservationStoreProvider,
  DealMetrics,
  DealSignals,
  DealDirectory,
  DealBatch,
  DealWriter,
  KeyLookup,
  DealReconciler,
  DealExpiry,
  DealService,
  DealBuyService,
  DealSweeper,
];

/** What FlashDealsLiveModule (and other contexts) use. */
export const dealExports = [DealService, DealBuyService, DealSignals, DealDirectory, RESERVATION_STORE];

export const dealControllers = [DealController];
