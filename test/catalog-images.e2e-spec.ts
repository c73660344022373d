import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newExhibitor, pngBytes, productBody, uploadImage } from './support/catalog';
import { httpClient } from './support/http';
import { newBuyer } from './support/live-fixture';
import { startProductionApp, TestApp } from './support/test-app';

/** A tiny valid JPEG header (SOI, APP0, SOF0 of 320 x 200) and some scan bytes. */
function jpegBytes(): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0xc8, 0x01, 0x40, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xda, 0x00, 0x02, 0x00, 0xff, 0xd9]);
}

/** A lossless WebP header (VP8L) of 16 x 9. */
function webpBytes(): Buffer {
  const bits = (16 - 1) | ((9 - 1) << 14);
  const vp8l = Buffer.alloc(5);
  vp8l[0] = 0x2f;
  vp8l.writeUInt32LE(bits, 1);
  const chunk = Buffer.concat([Buffer.from('VP8L', 'latin1'), Buffer.from([5, 0, 0, 0]), vp8l, Buffer.alloc(11)]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + chunk.length, 4);
  return Buffer.concat([riff, Buffer.from('WEBP', 'latin1'), chunk]);
}

describe('catalog images: uploads, the library, the public route (MariaDB + Redis)', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    t = await startProductionApp('catalog_images', {
      DEMO_DATA: 'false',
      UPLOAD_MAX_IMAGES: '4',
      UPLOAD_MAX_MB: '3',
      UPLOAD_MAX_PER_MINUTE: '12',
    });
    http = httpClient(t.url);
  });
  afterAll(() => t?.close());

  it('knows the type from the bytes, not from the name or the Content-Type the client sent', async () => {
    const ex = await newExhibitor(t.url, 'sniff');
    const png = await uploadImage(t.url, ex.token, pngBytes(40, 30), { filename: 'photo.jpg', type: 'text/plain' });
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({
      contentType: 'image/png',
      width: 40,
      height: 30,
      key: expect.stringMatching(/^[0-9a-f]{64}\.png$/),
    });
    expect(png.body.url).toBe(`/api/images/${png.body.key}`);
    const jpg = await uploadImage(t.url, ex.token, jpegBytes(), { filename: 'x.png', type: 'image/png' });
    expect(jpg.body).toMatchObject({ contentType: 'image/jpeg', width: 320, height: 200 });
    const webp = await uploadImage(t.url, ex.token, webpBytes(), { filename: 'x.webp', type: 'image/webp' });
    expect(webp.body).toMatchObject({ contentType: 'image/webp', width: 16, height: 9 });
    const refused = async (data: Buffer, type = 'image/png') => {
      const r = await uploadImage(t.url, ex.token, data, { type, filename: 'evil.png' });
      return [r.status, r.body.code];
    };
    expect(
      await refused(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml'),
    ).toEqual([415, 'IMAGE_TYPE_UNSUPPORTED']);
    expect(await refused(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toEqual([415, 'IMAGE_TYPE_UNSUPPORTED']);
    expect(await refused(Buffer.from('<html><script>alert(1)</script></html>'))).toEqual([415, 'IMAGE_TYPE_UNSUPPORTED']);
    expect(await refused(pngBytes().subarray(0, 14))).toEqual([400, 'IMAGE_INVALID']);
    expect(await refused(pngBytes(20_000, 1))).toEqual([400, 'IMAGE_INVALID']);
    // The same file again is the same image.
    const again = await uploadImage(t.url, ex.token, pngBytes(40, 30));
    expect([again.status, again.body.key]).toEqual([201, png.body.key]);
  });

  it('serves an image publicly with its type, nosniff and a long cache', async () => {
    const ex = await newExhibitor(t.url, 'serve');
    const data = pngBytes(8, 8, 0, [10, 120, 200]);
    const up = await uploadImage(t.url, ex.token, data);
    const res = await fetch(`${t.url}${up.body.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await res.arrayBuffer()).equals(data)).toBe(true);
    const missing = await http.get(`/api/images/${'0'.repeat(64)}.png`);
    expect([missing.status, missing.body.code]).toEqual([404, 'IMAGE_NOT_FOUND']);
    expect((await http.get('/api/images/..%2F..%2Fetc%2Fpasswd')).status).toBe(400);
    // Stored under the data directory by default (UPLOADS_DIR unset).
    const dir = join(t.config.dataDir, 'uploads');
    expect(t.config.storage.dir).toBe(dir);
    expect(statSync(join(dir, up.body.key)).size).toBe(data.length);
  });

  it('refuses what is not one image in the field `file`, over 5 MB, or not from an exhibitor', async () => {
    const ex = await newExhibitor(t.url, 'shape');
    const code = async (r: Promise<{ status: number; body: any }>) => {
      const res = await r;
      return [res.status, res.body?.code];
    };
    expect(await code(uploadImage(t.url, ex.token, pngBytes(10, 10, 5 * 1024 * 1024)))).toEqual([413, 'IMAGE_TOO_LARGE']);
    expect(await code(uploadImage(t.url, ex.token, pngBytes(), { field: 'image' }))).toEqual([400, 'IMAGE_FILE_MISSING']);
    expect(await code(http.post('/api/uploads/images', { file: 'abc' }, ex.token))).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const buyer = await newBuyer(t.url);
    expect(await code(uploadImage(t.url, buyer.token, pngBytes()))).toEqual([403, 'FORBIDDEN_ROLE']);
    expect(await code(uploadImage(t.url, undefined, pngBytes()))).toEqual([401, 'AUTH_REQUIRED']);
    expect((await http.get('/api/my/images', ex.token)).body.total).toBe(0);
  });

  it('bounds an enterprise’s images by count and bytes, and frees them when deleted', async () => {
    const ex = await newExhibitor(t.url, 'quota');
    const colours: [number, number, number][] = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11, 12],
      [13, 14, 15],
    ];
    const ups = [];
    for (const rgb of colours.slice(0, 4)) ups.push(await uploadImage(t.url, ex.token, pngBytes(4, 4, 0, rgb)));
    expect(ups.map((u) => u.status)).toEqual([201, 201, 201, 201]);
    const fifth = await uploadImage(t.url, ex.token, pngBytes(4, 4, 0, colours[4]));
    expect([fifth.status, fifth.body.code]).toEqual([409, 'IMAGE_COUNT_LIMIT']);
    const library = (await http.get('/api/my/images', ex.token)).body;
    expect(library.total).toBe(4);
    expect(library.usage).toMatchObject({ images: 4, maxImages: 4, maxBytes: 3 * 1024 * 1024 });

    // An image a product shows stays; one it does not show can go.
    const shown = ups[0].body.key;
    const p = await http.post('/api/my/products', productBody({ images: [shown] }), ex.token);
    expect(p.status).toBe(201);
    expect(p.body.images).toEqual([{ key: shown, url: `/api/images/${shown}` }]);
    const inUse = await http.request('DELETE', `/api/my/images/${shown}`, { token: ex.token });
    expect([inUse.status, inUse.body.code]).toEqual([409, 'IMAGE_IN_USE']);
    for (const u of ups.slice(1))
      expect((await http.request('DELETE', `/api/my/images/${u.body.key}`, { token: ex.token })).status).toBe(204);
    expect(readdirSync(t.config.storage.dir)).not.toContain(ups[1].body.key);
    expect((await fetch(`${t.url}${ups[1].body.url}`)).status).toBe(404);

    // 3 MB here: a 2 MB image fits, a second one does not.
    const big = await uploadImage(t.url, ex.token, pngBytes(4, 4, 2 * 1024 * 1024));
    expect(big.status).toBe(201);
    const over = await uploadImage(t.url, ex.token, pngBytes(4, 4, 2 * 1024 * 1024 + 1));
    expect([over.status, over.body.code]).toEqual([409, 'IMAGE_BYTES_LIMIT']);
  });

  it('attaches only images the enterprise uploaded', async () => {
    const a = await newExhibitor(t.url, 'own-a');
    const b = await newExhibitor(t.url, 'own-b');
    const theirs = (await uploadImage(t.url, a.token, pngBytes(5, 5, 0, [90, 90, 90]))).body.key;
    const attach = await http.post('/api/my/products', productBody({ images: [theirs] }), b.token);
    expect([attach.status, attach.body.code]).toEqual([403, 'IMAGE_NOT_OWNED']);
    const del = await http.request('DELETE', `/api/my/images/${theirs}`, { token: b.token });
    expect([del.status, del.body.code]).toEqual([403, 'IMAGE_NOT_OWNED']);
    expect((await http.get('/api/my/products', b.token)).body.total).toBe(0);
  });

  it('limits uploads per user per minute', async () => {
    const ex = await newExhibitor(t.url, 'rate');
    // The count is per minute of the clock: do not start right before a new minute.
    const toNextMinute = 60_000 - (Date.now() % 60_000);
    if (toNextMinute < 5_000) await new Promise((resolve) => setTimeout(resolve, toNextMinute + 50));
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++) statuses.push((await uploadImage(t.url, ex.token, pngBytes(3, 3, 0, [i, i, i]))).status);
    // Quota (4 images) and rate (12 a minute) both count: 4 stored, 8 refused by the quota, the 13th by the rate.
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.slice(4, 12).every((s) => s === 409)).toBe(true);
    const last = await uploadImage(t.url, ex.token, pngBytes(3, 3));
    expect([last.status, last.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
