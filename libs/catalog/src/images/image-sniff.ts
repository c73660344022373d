/** What the bytes of an upload say it is; the client's name and Content-Type are never trusted. */
export interface SniffedImage {
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  ext: 'jpg' | 'png' | 'webp';
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** 'unsupported': not a JPEG, PNG or WebP; 'unreadable': it starts as one but its header is broken. */
export type SniffResult = SniffedImage | 'unsupported' | 'unreadable';

export function sniffImage(b: Buffer): SniffResult {
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return png(b);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return webp(b);
  return 'unsupported';
}

function sized(contentType: SniffedImage['contentType'], width: number, height: number): SniffResult {
  if (!(width > 0 && height > 0)) return 'unreadable';
  const ext = contentType === 'image/jpeg' ? 'jpg' : contentType === 'image/png' ? 'png' : 'webp';
  return { contentType, ext, width, height };
}

function png(b: Buffer): SniffResult {
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return 'unreadable';
  return sized('image/png', b.readUInt32BE(16), b.readUInt32BE(20));
}

/** Walks the JPEG markers to the first frame header (SOFn), which holds the size. */
function jpeg(b: Buffer): SniffResult {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return 'unreadable';
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = b.readUInt16BE(i + 2);
    if (length < 2) return 'unreadable';
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (i + 9 > b.length) return 'unreadable';
      return sized('image/jpeg', b.readUInt16BE(i + 7), b.readUInt16BE(i + 5));
    }
    if (marker === 0xd9 || marker === 0xda) return 'unreadable';
    i += 2 + length;
  }
  return 'unreadable';
}

function webp(b: Buffer): SniffResult {
  if (b.length < 25) return 'unreadable';
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') {
    if (b.length < 30 || b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return 'unreadable';
    return sized('image/webp', b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return 'unreadable';
    const bits = b.readUInt32LE(21);
    return sized('image/webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X')
    return b.length < 30 ? 'unreadable' : sized('image/webp', b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1);
  return 'unreadable';
}
