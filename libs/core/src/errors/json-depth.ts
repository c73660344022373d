import { DomainError } from './domain-error';

/** Default for `JSON_MAX_DEPTH`: far above any payload the protocol defines (rtpCapabilities nest ~5 deep). */
export const DEFAULT_MAX_JSON_DEPTH = 32;

/**
 * True when a parsed JSON value nests objects/arrays more than `limit` levels (`{}` is depth 1).
 * Walks with an explicit stack, never recursion: this check exists because class-transformer and
 * class-validator recurse per level, and a ~2,000-level body (a few KB) overflowed their stack.
 */
export function exceedsJsonDepth(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: [object, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child as object, depth + 1]);
    }
  }
  return false;
}

/** Refuses a value nested deeper than `limit` with 400 JSON_TOO_DEEP (HTTP bodies and socket payloads alike). */
export function assertJsonDepth(value: unknown, limit: number = DEFAULT_MAX_JSON_DEPTH): void {
  if (exceedsJsonDepth(value, limit)) {
    throw new DomainError('JSON_TOO_DEEP', `The JSON payload nests more than ${limit} levels deep`);
  }
}
