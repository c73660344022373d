import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { rfqTextLength } from '@livefair/protocol';

/** Trims a string field; other types pass through for the validators to refuse. */
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

/** Digits, optionally a leading + and - ( ) spaces: a mainland mobile, a landline with area code, or an international number. */
export const PHONE = /^\+?[0-9][0-9 ()-]{5,23}$/;
/** A WeChat ID: 5 to 32 letters, digits, _ or - (a phone number is a valid one too). */
export const WECHAT = /^[A-Za-z0-9_-]{5,32}$/;
