import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { log, percentile, round, sleep } from './stats.mjs';
import { BENCH_PAGE_PORT } from './server.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Does the built web app have the watch page with its test hook? */
function appWatchPage() {
  const dir = join(ROOT, 'dist/web/assets');
  if (!existsSync(dir)) return false;
  return readdirSync(dir).some((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes('__lfViewer'));
}

/** browser-entry.mjs bundled for the browser with rolldown (vite's bundler, already installed). */
async function benchPageScript() {
  const { build } = await import('rolldown');
  const out = await build({
    input: new URL('./browser-entry.mjs', import.meta.url).pathname,
    platform: 'browser',
    write: false,
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    output: { format: 'iife', minify: true },
  });
  return out.output[0].code;
}

/** The bench viewer page on its own loopback HTTP server, at the origin the bench server allows (CORS_ORIGINS). */
async function serveBenchPage(appUrl) {
  const script = await benchPageScript();
  const html = '<!doctype html><video autoplay muted playsinline></video><script src="/viewer.js"></script>';
  const server = http.createServer(async (req, res) => {
    if (req.url === '/live/rtp-capabilities') {
      // Same origin for the page, as the app has it (the app server sends no CORS headers).
      const upstream = await fetch(`${appUrl}/live/rtp-capabilities`).catch(() => null);
      res.writeHead(upstream?.status ?? 502, { 'content-type': 'application/json' }).end(upstream ? await upstream.text() : '');
      return;
    }
    const js = req.url.startsWith('/viewer.js');
    res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' }).end(js ? script : html);
  });
  await new Promise((r) => server.listen(BENCH_PAGE_PORT, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** Records, in the page, when the socket sends room.join (WebSocket or XHR polling). */
const MARK_JOIN = () => {
  const mark = (data) => {
    if (globalThis.__benchJoinAt === undefined && typeof data === 'string' && data.includes('"room.join"')) {
      globalThis.__benchJoinAt = Date.now();
      globalThis.__benchJoinSinceNavigation = Math.round(performance.now());
    }
  };
  for (const C of [globalThis.WebSocket, globalThis.XMLHttpRequest]) {
    const send = C.prototype.send;
    C.prototype.send = function (data) {
      mark(data);
      return send.call(this, data);
    };
  }
};

/**
 * `count` real Chromium viewers, one after another (each in a fresh context): time from the page's
 * room.join to the first decoded video frame (inbound-rtp framesDecoded > 0), polled every 10 ms.
 */
export async function browserViewers({ url, sessionId, count = 5, page = 'auto' }) {
  const useApp = page === 'app' || (page === 'auto' && appWatchPage());
  const bench = useApp ? null : await serveBenchPage(url);
  const pageUrl = useApp ? `${url}/watch/${sessionId}` : `${bench.url}/?server=${encodeURIComponent(url)}&session=${sessionId}`;
  log(`browser: ${count} Chromium viewers on ${useApp ? "the app's /watch page" : 'the bench viewer page '}`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const times = [];
  const opened = [];
  try {
    for (let i = 0; i < count; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addInitScript(MARK_JOIN);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e.message)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(pageUrl);
      // First decoded frame (inbound-rtp framesDecoded > 0) and first frame on screen (<video> videoWidth > 0).
      const r = await page.evaluate(async () => {
        const deadline = Date.now() + 15_000;
        let frameAt = null;
        let openToFrame = null;
        while (Date.now() < deadline) {
          const hook = globalThis.__lfViewer;
          if (frameAt === null && hook && (await hook.framesDecoded()) > 0) {
            frameAt = Date.now();
            openToFrame = Math.round(performance.now());
          }
          const shown =
            (typeof hook?.videoWidth === 'function' && hook.videoWidth() > 0) || !!document.querySelector('video')?.videoWidth;
          if (frameAt !== null && shown) {
            return {
              joinAt: globalThis.__benchJoinAt,
              frameAt,
              marks: globalThis.__benchMarks,
              openToJoin: globalThis.__benchJoinSinceNavigation,
              openToFrame,
              openToShown: Math.round(performance.now()),
            };
          }
          await new Promise((res) => setTimeout(res, 10));
        }
        return { joinAt: globalThis.__benchJoinAt, frameAt };
      });
      const ms = r.frameAt && r.joinAt ? r.frameAt - r.joinAt : null;
      const steps = r.marks
        ? ` (${Object.entries(r.marks)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`
        : '';
      if (r.openToShown) opened.push(r.openToShown);
      log(
        `browser ${i + 1}/${count}: first decoded frame ${ms === null ? `NOT within 15 s ${errors.join('; ')}` : `${ms} ms after room.join${steps}; page open to join ${r.openToJoin} ms, to first decoded frame ${r.openToFrame} ms, to the picture on screen ${r.openToShown} ms`}`,
      );
      if (ms !== null) times.push(ms);
      await context.close();
      await sleep(200 + Math.random() * 800);
    }
  } finally {
    await browser.close();
    bench?.server.close();
  }
  return {
    ttff_browser_p50_ms: round(percentile(times, 50), 0),
    ttff_browser_all_ms: times,
    page_open_to_picture_p50_ms: round(percentile(opened, 50), 0),
    browser_page: useApp ? 'app' : 'bench',
    browser_failed: count - times.length,
  };
}
