import { Transform } from 'class-transformer';

/** Trims strings (what a form sends with stray spaces); leaves other types for the validators to refuse. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** No control characters (newlines and tabs allowed where `multiline`). */
export const NO_CONTROL = /^[^\p{Cc}]*$/u;
export const NO_CONTROL_MULTILINE = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;
