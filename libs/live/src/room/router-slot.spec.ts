import { PortBudget } from '../sfu/port-budget';
import type { PooledWorker } from '../sfu/worker-pool';
import { RouterSlot } from './router-slot';

const slotWith = (ports: number, reserved: number) =>
  new RouterSlot({} as never, { pid: 1, index: 0, worker: {} as never, ports: new PortBudget(ports, reserved) } as PooledWorker);

describe('RouterSlot load', () => {
  it('counts a viewer by its reservation until it consumes more, and gives everything back when its transport closes', () => {
    const slot = slotWith(100, 0);
    const a = slot.seat(1, 2, true);
    expect(slot.load).toBe(2);
    slot.consumerAdded(a);
    slot.consumerAdded(a);
    expect(slot.load).toBe(2);
    slot.consumerAdded(a); // a third producer appeared
    expect(slot.load).toBe(3);
    slot.consumerRemoved(a);
    slot.consumerRemoved(a);
    expect(slot.load).toBe(2);
    slot.free(a);
    slot.free(a);
    expect(slot.load).toBe(0);
    slot.consumerRemoved(a); // the consumer's close event after the transport's
    expect(slot.load).toBe(0);
    expect(slot.worker.ports.free).toBe(100);
  });

  it('takes an empty router always, then up to the maximum', () => {
    const slot = slotWith(100, 0);
    expect(slot.fits(5, 4)).toBe(true);
    slot.seat(1, 3, true);
    expect(slot.fits(1, 4)).toBe(true);
    expect(slot.fits(2, 4)).toBe(false);
  });
});

describe('PortBudget', () => {
  it('keeps the reserve from viewers but not from publishers, and answers MEDIA_CAPACITY when out', () => {
    const ports = new PortBudget(10, 3);
    for (let i = 0; i < 7; i++) ports.take(1, true);
    expect(ports.hasRoom(1, true)).toBe(false);
    expect(() => ports.take(1, true)).toThrow(expect.objectContaining({ code: 'MEDIA_CAPACITY' }));
    ports.take(2, false);
    ports.take(1, false);
    expect(() => ports.take(1, false)).toThrow(expect.objectContaining({ code: 'MEDIA_CAPACITY' }));
    ports.give(1);
    expect(ports.free).toBe(1);
  });
});
