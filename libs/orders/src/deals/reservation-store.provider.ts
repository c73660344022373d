import { RedisConnections } from '@livefair/core';
import { InProcessReservationStore } from './in-process-reservation-store';
import { RedisReservationStore } from './redis-reservation-store';
import { RESERVATION_STORE, ReservationStore } from './reservation-store';

/** Redis when configured (every process shares it); the in-process store in the embedded default. */
export const reservationStoreProvider = {
  provide: RESERVATION_STORE,
  inject: [RedisConnections],
  useFactory: (redis: RedisConnections): ReservationStore =>
    redis.enabled
      ? new RedisReservationStore(
          () => redis.client(),
          (...parts) => redis.key(...parts),
        )
      : new InProcessReservationStore(),
};
