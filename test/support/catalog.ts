import { deflateSync } from 'node:zlib';
import { httpClient } from './http';

/** A real PNG of w x h (solid colour); `pad` extra bytes after IEND make a large file with the same header. */
export function pngBytes(w = 4, h = 3, pad = 0, rgb: [number, number, number] = [200, 60, 40]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
    Buffer.alloc(pad),
  ]);
}

/** POSTs a multipart upload to /api/uploads/images as a browser would; the name and type are the client's claim. */
export async function uploadImage(
  url: string,
  token: string | undefined,
  data: Buffer,
  opts: { filename?: string; type?: string; field?: string } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const form = new FormData();
  form.append(
    opts.field ?? 'file',
    new Blob([new Uint8Array(data)], { type: opts.type ?? 'image/png' }),
    opts.filename ?? 'photo.png',
  );
  const res = await fetch(`${url}/api/uploads/images`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

let registered = 0;

/** A new exhibitor with an enterprise of its own (its own catalog, quotas and upload rate). */
export async function newExhibitor(url: string, tag = 'x'): Promise<{ token: string; userId: string; enterpriseId: string }> {
  const email = `ex-${tag}-${Date.now()}-${registered++}@example.cn`;
  const r = await httpClient(url).post('/api/auth/register', {
    email,
    password: 'exhibitor-pass-1',
    displayName: '展商测试',
    role: 'exhibitor',
    enterpriseName: `测试工厂 ${tag} ${registered}`,
  });
  if (r.status !== 201) throw new Error(`register: ${r.status} ${JSON.stringify(r.body)}`);
  return { token: r.body.accessToken, userId: r.body.user.id, enterpriseId: r.body.user.enterpriseId };
}

/** A valid product body with `skus` SKUs (codes SKU-1...), three tiers each. */
export function productBody(overrides: Record<string, unknown> = {}, skus = 2): Record<string, any> {
  return {
    name: '纯棉圆领T恤',
    nameEn: 'Cotton crew-neck T-shirt',
    description: '200克精梳棉。\n原供欧洲品牌。',
    descriptionEn: '200 g combed cotton.',
    category: 'T恤',
    unit: '件',
    specifications: [
      { name: '面料', value: '100% 棉' },
      { name: '克重', value: '200 g/m²' },
    ],
    certifications: [{ name: 'CE', number: 'CE-0001', issuer: 'TÜV SÜD', validUntil: '2028-06-30' }],
    images: [],
    skus: Array.from({ length: skus }, (_, i) => skuBody(i + 1)),
    ...overrides,
  };
}

export function skuBody(n: number, overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    skuCode: `SKU-${n}`,
    specs: { 尺码: ['S', 'M', 'L', 'XL', 'XXL'][n % 5] },
    retailPriceFen: 2900,
    stock: 100 * n,
    moq: 50,
    samplePriceFen: 3500,
    leadTimeDays: 7,
    tiers: [
      { minQty: 50, unitPriceFen: 2200 },
      { minQty: 500, unitPriceFen: 1900 },
      { minQty: 2000, unitPriceFen: 1650 },
    ],
    ...overrides,
  };
}
