import { Transform } from 'class-transformer';

/** Trims strings a form sends with stray spaces; leaves other types for the validators to refuse. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** One line: no control characters. */
export const ONE_LINE = /^[^\p{Cc}]*$/u;
/** Several lines: newlines and tabs allowed, no other control characters. */
export const MULTI_LINE = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;

export const oneLine = { message: '$property must not contain control characters' };
