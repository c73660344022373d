import type { OrderAction, OrderActor, OrderStatus, OrderType } from '@livefair/protocol';
import { allowedActions, initialStatus, ORDER_RULES, ORDER_STATUSES, transition } from './order-states';

const TYPES: OrderType[] = ['retail', 'bulk', 'sample', 'deal', 'quote'];
const ACTORS: OrderActor[] = ['buyer', 'exhibitor', 'system'];
const ACTIONS = Object.keys(ORDER_RULES) as OrderAction[];

describe('order state machine', () => {
  it('walks the happy path of every type', () => {
    for (const type of TYPES) {
      let s: OrderStatus = initialStatus(type);
      if (s === 'placed') s = expectTo(transition(type, s, 'confirm', 'exhibitor'));
      s = expectTo(transition(type, s, 'pay', 'exhibitor'));
      s = expectTo(transition(type, s, 'ship', 'exhibitor'));
      s = expectTo(transition(type, s, 'complete', 'buyer'));
      expect(s).toBe('completed');
    }
  });

  it('starts deal and quote orders confirmed, the others placed', () => {
    expect(TYPES.map(initialStatus)).toEqual(['placed', 'placed', 'placed', 'confirmed', 'confirmed']);
  });

  it('refuses the illegal moves the issue names', () => {
    expect(transition('retail', 'cancelled', 'ship', 'exhibitor')).toMatchObject({ ok: false, code: 'ORDER_TRANSITION_INVALID' });
    expect(transition('deal', 'expired', 'pay', 'exhibitor')).toMatchObject({ ok: false, code: 'ORDER_TRANSITION_INVALID' });
    expect(transition('deal', 'paid', 'cancel', 'buyer')).toMatchObject({ ok: false, code: 'ORDER_TRANSITION_INVALID' });
    expect(transition('retail', 'confirmed', 'expire', 'system')).toMatchObject({ ok: false, code: 'ORDER_TRANSITION_INVALID' });
    expect(transition('retail', 'placed', 'confirm', 'buyer')).toMatchObject({ ok: false, code: 'ORDER_ACTION_FORBIDDEN' });
    expect(transition('retail', 'shipped', 'complete', 'exhibitor')).toMatchObject({ ok: false, code: 'ORDER_ACTION_FORBIDDEN' });
  });

  it('never leaves a final status', () => {
    for (const type of TYPES)
      for (const from of ['completed', 'cancelled', 'expired'] as OrderStatus[])
        for (const action of ACTIONS) for (const actor of ACTORS) expect(transition(type, from, action, actor).ok).toBe(false);
  });

  it('lands every allowed move on a known status, and lists the same moves allowedActions does', () => {
    for (const type of TYPES)
      for (const from of ORDER_STATUSES)
        for (const actor of ACTORS) {
          const ok = ACTIONS.filter((a) => transition(type, from, a, actor).ok);
          expect(allowedActions(type, from, actor)).toEqual(ok);
          for (const a of ok) expect(ORDER_STATUSES).toContain(expectTo(transition(type, from, a, actor)));
        }
  });
});

function expectTo(check: ReturnType<typeof transition>): OrderStatus {
  if (!check.ok) throw new Error(check.message);
  return check.to;
}
