import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@livefair/core';
import { In } from 'typeorm';
import { Order } from '../entities/order.entity';
import { markerField } from './reservation-store';

const WINDOW_MS = 5;
const MAX_KEYS = 200;

interface Ask {
  field: string;
  resolve: (o: Order | null) => void;
  reject: (err: unknown) => void;
}

/**
 * "Is there an order under this buyer and key?", for refusals right after a rebuild of the
 * counters: lookups of a few milliseconds go to MySQL as one query, so a burst of refusals then
 * costs the database one SELECT per window rather than one each.
 */
@Injectable()
export class KeyLookup {
  private waiting: Ask[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly tx: TransactionalConnection) {}

  find(buyerId: string, key: string): Promise<Order | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ field: markerField(buyerId, key), resolve, reject });
      if (this.waiting.length >= MAX_KEYS) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), WINDOW_MS);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const asks = this.waiting;
    this.waiting = [];
    const pairs = asks.map((a) => a.field.split('|'));
    this.tx.dataSource
      .getRepository(Order)
      .find({
        where: { buyerId: In([...new Set(pairs.map((p) => p[0]))]), idempotencyKey: In([...new Set(pairs.map((p) => p[1]))]) },
      })
      .then((rows) => {
        const byField = new Map(rows.map((o) => [markerField(o.buyerId, o.idempotencyKey), o]));
        for (const a of asks) a.resolve(byField.get(a.field) ?? null);
      })
      .catch((err: unknown) => asks.forEach((a) => a.reject(err)));
  }
}
