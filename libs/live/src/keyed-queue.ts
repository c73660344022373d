// Moved to core (the catalog serializes per enterprise too); re-exported for the live context's imports.
export { KeyedQueue } from '@livefair/core';
