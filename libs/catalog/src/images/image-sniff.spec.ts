import { sniffImage } from './image-sniff';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('sniffImage', () => {
  it('reads PNG, JPEG and the three WebP headers', () => {
    const png = hex('89504e470d0a1a0a 0000000d 49484452 00000280 000001e0 0806000000');
    expect(sniffImage(png)).toEqual({ contentType: 'image/png', ext: 'png', width: 640, height: 480 });
    const jpeg = hex('ffd8 ffe0 0004 0000 ffdb 0004 0000 ffc2 0011 08 0258 0320 03 012200');
    expect(sniffImage(jpeg)).toEqual({ contentType: 'image/jpeg', ext: 'jpg', width: 800, height: 600 });
    const riff = (chunk: string, body: string) =>
      Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBP', 'latin1'), Buffer.from(chunk, 'latin1'), hex(body)]);
    expect(sniffImage(riff('VP8 ', '00000000 000000 9d012a 6400 3200'))).toMatchObject({ ext: 'webp', width: 100, height: 50 });
    expect(sniffImage(riff('VP8X', '0a000000 00000000 630000 310000'))).toMatchObject({ width: 100, height: 50 });
    expect(sniffImage(riff('VP8L', '05000000 2f 63400c00'))).toMatchObject({ width: 100, height: 50 });
  });

  it('tells other files from broken images', () => {
    expect(sniffImage(Buffer.from('GIF89a'))).toBe('unsupported');
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('unsupported');
    expect(sniffImage(Buffer.alloc(0))).toBe('unsupported');
    expect(sniffImage(hex('89504e470d0a1a0a 0000000d 49484452'))).toBe('unreadable');
    expect(sniffImage(hex('ffd8ff d9'))).toBe('unreadable');
    expect(sniffImage(hex('89504e470d0a1a0a 0000000d 49484452 00000000 000001e0'))).toBe('unreadable');
  });
});
