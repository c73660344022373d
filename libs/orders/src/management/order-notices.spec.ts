import type { Order } from '../entities/order.entity';
import { orderNotices } from './order-notices';

const order = Object.assign({} as Order, {
  id: '0b6c7a52-7d4e-4f8e-9a55-3c0d2f1e9a10',
  orderNo: 'LF2612010001',
  status: 'confirmed',
  buyerId: 'buyer-1',
  buyerName: '王采购',
  productName: '纯棉圆领T恤',
  quantity: 3,
  unit: '件',
  totalFen: 5397,
});

describe('order inbox lines', () => {
  it('lead each side to its own page of the order, and skip the user who took the step', () => {
    const lines = orderNotices(order, 'shipped', { buyerId: 'buyer-1', staffIds: ['staff-1', 'staff-2'] }, 'staff-1');
    expect(lines.map((l) => [l.userId, l.kind, l.link])).toEqual([
      ['buyer-1', 'order.shipped', `/my/orders/${order.id}`],
      ['staff-2', 'order.shipped', `/my/sales?order=${order.id}`],
    ]);
  });

  it('give the buyer placing an order its confirmation line', () => {
    const lines = orderNotices(order, 'confirmed', { buyerId: 'buyer-1', staffIds: ['staff-1'] }, 'buyer-1', true);
    expect(lines.map((l) => [l.userId, l.kind, l.link])).toEqual([
      ['buyer-1', 'order.placed', `/my/orders/${order.id}`],
      ['staff-1', 'order.placed', `/my/sales?order=${order.id}`],
    ]);
  });
});
