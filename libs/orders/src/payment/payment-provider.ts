import type { OrderView, PaymentAccountView, PaymentInstructionsView } from '@livefair/protocol';

/**
 * How an order gets paid. The built-in provider is offline bank transfer (BankTransferProvider):
 * the buyer transfers to the seller's account with the order number as the reference, and the
 * exhibitor marks the order paid (`pay`). An online gateway would be another provider that
 * confirms payment itself and then applies the same `pay` step as the system.
 */
export interface PaymentProvider {
  /** Stored in `Order.paymentMethod`. */
  readonly method: string;
  /** What the buyer needs to pay `order`; `account` is the seller's receiving account, when set. */
  instructions(order: OrderView, account: PaymentAccountView | null): PaymentInstructionsView;
}

/** Nest token of the providers (an array); the bank-transfer one is always there. */
export const PAYMENT_PROVIDERS = Symbol('PAYMENT_PROVIDERS');

export function paymentState(status: OrderView['status']): PaymentInstructionsView['state'] {
  if (status === 'placed') return 'not_yet';
  if (status === 'confirmed') return 'awaiting';
  if (status === 'cancelled' || status === 'expired') return 'closed';
  return 'paid';
}
