import type { Readable } from 'node:stream';

/** What a stored object is: its size in bytes and the media type it is served with. */
export interface StoredObjectInfo {
  key: string;
  size: number;
  contentType: string;
}

/**
 * A flat store of immutable blobs by key (uploaded images today). The local-disk implementation
 * is the default; production deployments with several API hosts either share that directory
 * (UPLOADS_DIR on a network volume) or bind another implementation, e.g. an S3-compatible one
 * (docs/catalog.md, Storage). Keys are `[a-z0-9][a-z0-9._/-]*`, at most 200 characters, no `..`.
 */
export interface ObjectStorage {
  /** Stores `data` under `key` (replacing what was there); resolves once it is durable. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** A stream of the object and its info; null when there is no such key. */
  get(key: string): Promise<{ info: StoredObjectInfo; body: Readable } | null>;
  /** The object's info without its body; null when there is no such key. */
  stat(key: string): Promise<StoredObjectInfo | null>;
  /** Removes the object; nothing happens when there is none. */
  delete(key: string): Promise<void>;
}

/** Nest injection token of the process's ObjectStorage. */
export const OBJECT_STORAGE = Symbol('OBJECT_STORAGE');

const KEY = /^[a-z0-9][a-z0-9._/-]{0,199}$/;

/** Refuses keys that could leave the store's namespace (a local path, a bucket prefix). */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.includes('..') || key.includes('//') || key.endsWith('/')) {
    throw new RangeError(`invalid storage key ${JSON.stringify(key)}`);
  }
}
