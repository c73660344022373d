import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { rfqTextLength } from '@livefair/protocol';

/** Trims a string body field; other types pass through for the validators to refuse. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A string of `min` to `max` code points once trimmed (what the varchar column counts). */
export const IsText = (max: number, min = 0) =>
  ValidateBy({
    name: 'text',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && rfqTextLength(v) >= min && rfqTextLength(v) <= max,
      defaultMessage: (a) => `${a?.property ?? 'text'} must be ${min > 0 ? `${min} to ` : 'at most '}${max} characters`,
    },
  });

/** An ISO-8601 date and time with its zone (Z or ±hh:mm): an instant, never a local time. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant after now and at most `maxDays` ahead. */
export const IsFutureInstant = (maxDays: number) =>
  ValidateBy({
    name: 'futureInstant',
    validator: {
      validate: (v: unknown) => {
        if (typeof v !== 'string' || !INSTANT.test(v)) return false;
        const t = Date.parse(v);
        const now = Date.now();
        return Number.isFinite(t) && t > now && t <= now + maxDays * 86_400_000;
      },
      defaultMessage: (a) =>
        `${a?.property ?? 'time'} must be an ISO-8601 instant with its zone (e.g. 2026-12-31T16:00:00Z), in the future and at most ${maxDays} days ahead`,
    },
  });
