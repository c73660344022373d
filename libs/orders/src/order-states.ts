import type { OrderAction, OrderActor, OrderStatus, OrderType } from '@livefair/protocol';

/**
 * The one order state machine. Every status change goes through `transition`; nothing else
 * writes `Order.status` except placement (`initialStatus`).
 *
 *   placed --confirm--> confirmed --pay--> paid --ship--> shipped --complete--> completed
 *   placed|confirmed --cancel--> cancelled          confirmed --expire--> expired (deal orders)
 *
 * Deal and quote orders are placed as `confirmed`: the price and the stock were settled when
 * they were bought. Only deal orders expire (their payBy deadline returns the stock to the deal).
 */
interface Rule {
  from: readonly OrderStatus[];
  to: OrderStatus;
  by: readonly OrderActor[];
  /** Order types the action applies to; all when absent. */
  types?: readonly OrderType[];
}

export const ORDER_RULES: Readonly<Record<OrderAction, Rule>> = {
  confirm: { from: ['placed'], to: 'confirmed', by: ['exhibitor'] },
  pay: { from: ['confirmed'], to: 'paid', by: ['exhibitor'] },
  ship: { from: ['paid'], to: 'shipped', by: ['exhibitor'] },
  complete: { from: ['shipped'], to: 'completed', by: ['buyer'] },
  cancel: { from: ['placed', 'confirmed'], to: 'cancelled', by: ['buyer', 'exhibitor'] },
  expire: { from: ['confirmed'], to: 'expired', by: ['system'], types: ['deal'] },
};

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'placed',
  'confirmed',
  'paid',
  'shipped',
  'completed',
  'cancelled',
  'expired',
];

/** Statuses whose units still count against stock, deal quantity and per-buyer limits. */
export const HOLDING_STATUSES: readonly OrderStatus[] = ['placed', 'confirmed', 'paid', 'shipped', 'completed'];

/** Statuses that return an order's units (to the deal, or to the SKU). */
export const RELEASED_STATUSES: readonly OrderStatus[] = ['cancelled', 'expired'];

export function initialStatus(type: OrderType): OrderStatus {
  return type === 'deal' || type === 'quote' ? 'confirmed' : 'placed';
}

export type TransitionCheck =
  { ok: true; to: OrderStatus } | { ok: false; code: 'ORDER_TRANSITION_INVALID' | 'ORDER_ACTION_FORBIDDEN'; message: string };

/** Whether `actor` may apply `action` to an order of `type` in status `from`; pure. */
export function transition(type: OrderType, from: OrderStatus, action: OrderAction, actor: OrderActor): TransitionCheck {
  const rule = ORDER_RULES[action];
  if (!rule.by.includes(actor)) {
    return {
      ok: false,
      code: 'ORDER_ACTION_FORBIDDEN',
      message: `${actor === 'system' ? 'The system' : `A ${actor}`} cannot ${action} an order`,
    };
  }
  if ((rule.types && !rule.types.includes(type)) || !rule.from.includes(from)) {
    return { ok: false, code: 'ORDER_TRANSITION_INVALID', message: `A ${from} ${type} order cannot be ${pastTense(action)}` };
  }
  return { ok: true, to: rule.to };
}

/** The actions `actor` may take on an order now (for the pages' buttons). */
export function allowedActions(type: OrderType, from: OrderStatus, actor: OrderActor): OrderAction[] {
  return (Object.keys(ORDER_RULES) as OrderAction[]).filter((a) => transition(type, from, a, actor).ok);
}

function pastTense(action: OrderAction): string {
  return {
    confirm: 'confirmed',
    pay: 'marked paid',
    ship: 'shipped',
    complete: 'completed',
    cancel: 'cancelled',
    expire: 'expired',
  }[action];
}
