import type { Response } from 'express';
import { REPLAY_HEADER } from '../idempotency';
import type { Placed } from '../placement/order-placement.service';

/** 201 with the order; a replay says so in `Idempotent-Replayed: true` (same status, same body). */
export function reply(res: Response, placed: Placed) {
  if (placed.replayed) res.setHeader(REPLAY_HEADER, 'true');
  return placed.view;
}
