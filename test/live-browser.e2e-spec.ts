import type { Browser } from 'playwright-core';
import { RoomHub, RoomRegistry } from '@livefair/live';
import { launchBrowser, TestPage } from './support/browser';
import { requireFfmpeg, sendTestPattern, stopProcess } from './support/ffmpeg';
import { httpClient } from './support/http';
import { appPage, framesGrow, SignedIn, waitStudioState, waitViewerState } from './support/live-pages';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';
import { whipPublish } from './support/whip-page';
import type { ChildProcess } from 'node:child_process';

const PHONE = { width: 390, height: 844, isMobile: true };

/**
 * The heart of the product in real Chromium (fake camera and microphone), real
 * mediasoup, real MariaDB + Redis: a booth goes live from the studio page and
 * buyers watch, chat and see pins; encoders publish by WHIP and RTP; the SFU
 * loses a worker mid-broadcast.
 */
describe('live selling in the browser', () => {
  let t: TestApp;
  let http: ReturnType<typeof httpClient>;
  let browser: Browser;
  let staff: SignedIn;
  let buyer: SignedIn;
  let boothId: string;
  const pages: TestPage[] = [];
  const procs: ChildProcess[] = [];

  const open = async (who: SignedIn | null, path: string, size?: { width: number; height: number; isMobile?: boolean }) => {
    const p = await appPage(browser, t.url, who, size);
    pages.push(p);
    await p.page.goto(t.url + path);
    return p;
  };

  async function session(title: string): Promise<{ id: string; key: string }> {
    const s = await http.post(`/api/booths/${boothId}/live-sessions`, { title }, staff.accessToken);
    const key = (await http.get(`/api/live-sessions/${s.body.id}/ingest`, staff.accessToken)).body.streamKey as string;
    return { id: s.body.id, key };
  }

  beforeAll(async () => {
    requireFfmpeg();
    // A router takes 2 consumers (one viewer's audio + video): later viewers are served through pipeToRouter.
    t = await startProductionApp('browser', { DEMO_DATA: 'true', MEDIASOUP_WORKERS: '2', LIVE_ROUTER_MAX_CONSUMERS: '2' });
    http = httpClient(t.url);
    browser = await launchBrowser();
    staff = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })).body;
    buyer = (await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password: demoPassword(t) })).body;
    boothId = (await http.get('/api/my/booths', staff.accessToken)).body[0].id;
  });

  afterAll(async () => {
    await Promise.all(procs.map(stopProcess));
    for (const p of pages) await p.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  describe('studio to viewers', () => {
    let sessionId: string;
    let studio: TestPage;
    let early: TestPage;
    let anon: TestPage;
    let laptop: TestPage;

    it('a viewer who comes before the broadcast sees "starting soon", then video by itself', async () => {
      sessionId = (await session('秋冬针织衫 工厂直播 🧶')).id;
      early = await open(buyer, `/watch/${sessionId}`, PHONE);
      await waitViewerState(early.page, 'starting');
      studio = await open(staff, `/studio/${boothId}?session=${sessionId}`);
      await studio.page.getByTestId('go-live').click({ timeout: 15_000 });
      await waitStudioState(studio.page, 'live');
      await waitViewerState(early.page, 'playing');
      const { width } = await framesGrow(early.page);
      expect(width).toBeGreaterThan(0);
    });

    it('three viewers decode frames: a phone, an anonymous laptop and a logged-in laptop, across two workers', async () => {
      anon = await open(null, `/watch/${sessionId}`);
      laptop = await open(buyer, `/watch/${sessionId}`);
      for (const v of [early, anon, laptop]) {
        await waitViewerState(v.page, 'playing');
        const { frames, width } = await framesGrow(v.page);
        expect(frames).toBeGreaterThanOrEqual(15);
        expect(width).toBeGreaterThan(0);
        // Media over UDP: the SFU announces an address the browser's UDP checks succeed on (not an ICE-TCP fallback).
        expect(await v.page.evaluate(() => window.__lfViewer?.candidatePair())).toEqual({ local: 'udp', remote: 'udp' });
      }
      const room = t.app.get(RoomRegistry).get(sessionId)!;
      expect(room.routerCount).toBe(2);
      expect(new Set(room.workerPids).size).toBe(2);
    });

    it('a watch link opened directly connects and shows the picture before the app renders; the page takes over that one socket', async () => {
      const p = await appPage(browser, t.url, buyer, PHONE);
      pages.push(p);
      await p.context.addInitScript(() => {
        const w = window as unknown as { __sockets: number[]; __rendered?: number; __earlyPicture?: number };
        w.__sockets = [];
        // When the early layer (live/earlyPicture.ts) first shows a decoded frame.
        const watchEarly = () => {
          if ((document.querySelector('.lf-early video') as HTMLVideoElement | null)?.videoWidth)
            w.__earlyPicture = performance.now();
          else if (performance.now() < 20_000) requestAnimationFrame(watchEarly);
        };
        requestAnimationFrame(watchEarly);
        new MutationObserver((_, observer) => {
          if (!document.querySelector('.lf-watch')) return; // the watch page's own markup (index.html shows a splash before)
          w.__rendered = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
        const Native = window.WebSocket;
        window.WebSocket = class extends Native {
          constructor(url: string | URL, protocols?: string | string[]) {
            super(url, protocols);
            if (String(url).includes('/socket.io/')) w.__sockets.push(performance.now());
          }
        };
      });
      await p.page.goto(`${t.url}/watch/${sessionId}`);
      await waitViewerState(p.page, 'playing');
      await framesGrow(p.page);
      const { sockets, rendered, picture, layerLeft } = await p.page.evaluate(() => {
        const w = window as unknown as { __sockets: number[]; __rendered?: number; __earlyPicture?: number };
        return {
          sockets: w.__sockets,
          rendered: w.__rendered ?? null,
          picture: w.__earlyPicture ?? null,
          layerLeft: !!document.querySelector('.lf-early'),
        };
      });
      expect(sockets).toHaveLength(1);
      expect(rendered).not.toBeNull();
      expect(sockets[0]).toBeLessThan(rendered!);
      // The buyer watched while the app loaded; the layer gave way to the page's own player.
      expect(picture).not.toBeNull();
      expect(picture!).toBeLessThan(rendered!);
      expect(layerLeft).toBe(false);
      await p.close();
    });

    it('chat round-trips Chinese and emoji; the anonymous viewer is asked to log in', async () => {
      const text = `这款有现货吗？👍🎉 ${Date.now()}`;
      await laptop.page.getByTestId('chat-input').fill(text);
      await laptop.page.getByTestId('chat-send').click();
      for (const p of [early, anon, studio]) {
        await p.page.getByTestId('chat-message').filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
      }
      await anon.page.getByTestId('chat-login').first().waitFor({ timeout: 5000 });
      expect(await anon.page.getByTestId('chat-input').count()).toBe(0);
    });

    it('a pinned product appears on every viewer at once', async () => {
      await studio.page.getByTestId('pin-button').first().click();
      for (const p of [early, anon, laptop]) {
        await p.page.getByTestId('pinned-card').filter({ hasText: '纯棉圆领T恤' }).waitFor({ timeout: 10_000 });
      }
    });

    it('the studio shows the WHIP URL and the bearer stream key for OBS', async () => {
      await studio.page.getByTestId('whip-url').waitFor({ timeout: 10_000 });
      expect(await studio.page.getByTestId('whip-url').textContent()).toContain(`/whip/${sessionId}`);
      const key = (await http.get(`/api/live-sessions/${sessionId}/ingest`, staff.accessToken)).body.streamKey;
      const shown = await studio.page.getByTestId('stream-key').inputValue();
      expect(shown).toBe(key);
    });

    it('a buyer cannot open the studio', async () => {
      const p = await open(buyer, `/studio/${boothId}?session=${sessionId}`);
      await p.page
        .getByText(/无权访问|403/)
        .first()
        .waitFor({ timeout: 10_000 });
      expect(await p.page.getByTestId('go-live').count()).toBe(0);
    });

    it('when the broadcaster drops, viewers show "reconnecting" and recover by themselves when it returns', async () => {
      await studio.close();
      await waitViewerState(laptop.page, 'reconnecting');
      studio = await open(staff, `/studio/${boothId}?session=${sessionId}`);
      await studio.page.getByTestId('go-live').click({ timeout: 15_000 });
      await waitStudioState(studio.page, 'live');
      for (const v of [early, laptop]) {
        await waitViewerState(v.page, 'playing', 20_000);
        await framesGrow(v.page);
      }
    });

    it('when the network drops, the viewer rejoins by itself', async () => {
      const nsp = t.app.get(RoomHub).namespace!;
      const viewerSockets = [...nsp.sockets.values()].filter((s) => s.data.sessionId === sessionId && !s.data.publisher);
      expect(viewerSockets.length).toBeGreaterThanOrEqual(3);
      // Cut the viewers' connections under socket.io, as a lost network would (not a polite disconnect).
      for (const s of viewerSockets) s.conn.close();
      for (const v of [early, anon, laptop]) {
        await framesGrow(v.page, 15, 30_000);
        expect(await v.page.evaluate(() => window.__lfViewer?.state())).toBe('playing');
      }
      const rejoined = [...nsp.sockets.values()].filter((s) => s.data.sessionId === sessionId && !s.data.publisher);
      expect(rejoined.map((s) => s.id)).not.toEqual(expect.arrayContaining(viewerSockets.map((s) => s.id)));
      expect(rejoined.length).toBeGreaterThanOrEqual(3);
    });

    it("kill -9 of the room's mediasoup worker: viewers decode again without a reload", async () => {
      const room = t.app.get(RoomRegistry).get(sessionId)!;
      process.kill(room.workerPids[0], 'SIGKILL');
      for (const v of [early, anon, laptop]) {
        await framesGrow(v.page, 15, 30_000);
        expect(await v.page.evaluate(() => window.__lfViewer?.state())).toBe('playing');
      }
      expect(
        [...studio.errors, ...early.errors, ...anon.errors, ...laptop.errors].filter((e) => !/WebSocket|socket|ERR_/i.test(e)),
      ).toEqual([]);
    });
  });

  it('an ffmpeg RTP broadcast plays in the viewer page', async () => {
    const { id, key } = await session('ffmpeg 测试图');
    const res = await fetch(`${t.url}/ingest/rtp/${id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ video: 'vp8', audio: true }),
    });
    const ingest = (await res.json()) as { video: never; audio: never };
    procs.push(sendTestPattern(ingest.video, ingest.audio));
    const v = await open(buyer, `/watch/${id}`, PHONE);
    await waitViewerState(v.page, 'playing', 20_000);
    expect((await framesGrow(v.page)).width).toBe(640);
  });

  it('a WHIP broadcast (H.264, as OBS sends) plays in the viewer page and DELETE ends it', async () => {
    const { id, key } = await session('OBS WHIP 推流');
    const encoder = await appPage(browser, t.url, null, { width: 800, height: 600 });
    pages.push(encoder);
    await encoder.page.goto(`${t.url}/api/info`);
    const r = await whipPublish(encoder.page, `${t.url}/whip/${id}`, key, 'H264');
    expect(r.status).toBe(201);
    const v = await open(null, `/watch/${id}`);
    await waitViewerState(v.page, 'playing', 20_000);
    expect((await framesGrow(v.page)).width).toBeGreaterThan(0);
    const del = await fetch(`${t.url}${r.location}`, { method: 'DELETE', headers: { authorization: `Bearer ${key}` } });
    expect(del.status).toBe(200);
    await waitViewerState(v.page, 'reconnecting');
  });
});
