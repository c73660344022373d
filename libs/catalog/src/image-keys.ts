import { createHash } from 'node:crypto';

/** Catalog image keys: 64 hex digits (SHA-256 of enterprise and content) and the type's extension. */
export const IMAGE_KEY = /^[0-9a-f]{64}\.(jpg|png|webp)$/;

/** Where a browser GETs an image (public, cached for good: a key's bytes never change). */
export function imageUrl(key: string): string {
  return `/api/images/${key}`;
}

/** An enterprise's key for these bytes: the same file uploaded twice by one enterprise is one image. */
export function imageKeyOf(enterpriseId: string, data: Buffer, ext: string): string {
  return `${createHash('sha256').update(enterpriseId).update('\0').update(data).digest('hex')}.${ext}`;
}
