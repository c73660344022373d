import { DEMO_IMAGE_DATA } from './demo-images.data';

/** Names of the demo's placeholder pictures (scripts/render-demo-images.mjs draws them). */
export type DemoImageName = keyof typeof DEMO_IMAGE_DATA;

const decoded = new Map<DemoImageName, Buffer>();

/** The WebP bytes of a demo picture (decoded once). */
export function demoImage(name: DemoImageName): Buffer {
  let bytes = decoded.get(name);
  if (!bytes) {
    bytes = Buffer.from(DEMO_IMAGE_DATA[name], 'base64');
    decoded.set(name, bytes);
  }
  return bytes;
}
