import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, TestPage } from './support/browser';
import { pickDate } from './support/date-range';
import { httpClient } from './support/http';
import { appPage, SignedIn } from './support/live-pages';
import { demoPassword, startProductionApp, TestApp } from './support/test-app';

const SHOTS = join(__dirname, '..', 'test-results', 'meetings-browser');
const PHONE = { width: 390, height: 844, isMobile: true };
const LAPTOP = { width: 1366, height: 800 };

declare global {
  interface Window {
    __lfMeeting?: { phase(): string; framesDecoded(): Promise<number> };
  }
}

/**
 * Private meetings in real Chromium (fake camera and microphone), real mediasoup, MariaDB and
 * Redis: a buyer books from a booth page on a phone, the factory's staff accept on a laptop, both
 * enter the private room, publish, and each decodes the other's video; a third buyer is kept out.
 */
describe('private video meetings in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let staff: SignedIn;
  let buyer: SignedIn;
  let boothId: string;
  const pages: TestPage[] = [];

  const open = async (who: SignedIn | null, path: string, size: { width: number; height: number; isMobile?: boolean }) => {
    const p = await appPage(browser, t.url, who, size);
    pages.push(p);
    await p.page.goto(t.url + path);
    return p;
  };
  const overflow = (page: Page) =>
    page.evaluate<number>('document.scrollingElement.scrollWidth - window.innerWidth') as Promise<number>;
  const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  const phase = (page: Page) => page.evaluate(() => window.__lfMeeting?.phase() ?? 'no-hook');
  const frames = (page: Page) => page.evaluate(() => window.__lfMeeting?.framesDecoded() ?? Promise.resolve(-1));
  async function until(what: string, probe: () => Promise<boolean>, ms = 30_000) {
    const deadline = Date.now() + ms;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`${what} not reached within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await startProductionApp('meetbrowser', { DEMO_DATA: 'true', LOG_LEVEL: 'error', MEETINGS_ROOM_EARLY_MINUTES: '60' });
    const http = httpClient(t.url);
    browser = await launchBrowser();
    staff = (await http.post('/api/auth/login', { email: 'exhibitor@demo.livefair.cn', password: demoPassword(t) })).body;
    buyer = (await http.post('/api/auth/login', { email: 'buyer@demo.livefair.cn', password: demoPassword(t) })).body;
    boothId = (await http.get('/api/my/booths', staff.accessToken)).body[0].id;
  });
  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('a buyer books from the booth page, the staff accept, both meet and each decodes the other', async () => {
    // The booking form on a phone (the browser context runs in UTC, so the typed time is UTC).
    const b = await open(buyer, `/booths/${boothId}`, PHONE);
    await b.page.getByTestId('book-meeting-button').click();
    await b.page.getByTestId('meeting-topic').fill('保温杯 OEM 定制洽谈');
    const quarter = 15 * 60_000;
    const start = new Date(Math.ceil((Date.now() + 20 * 60_000) / quarter) * quarter).toISOString();
    // Read-only on a phone: the day is tapped in the calendar.
    await pickDate(b.page, b.page.getByTestId('meeting-day-0'), start.slice(0, 10));
    const time = b.page.getByTestId('meeting-time-0');
    await time.click();
    await b.page.keyboard.type(start.slice(11, 16));
    await b.page.keyboard.press('Enter');
    // The Select shows the chosen time (a lost Enter would send the form without it).
    await time.locator(`.ant-select-content[title="${start.slice(11, 16)}"]`).waitFor({ timeout: 5_000 });
    await shot(b.page, 'book-phone', false);
    expect(await overflow(b.page)).toBeLessThanOrEqual(0);
    await b.page.getByTestId('meeting-submit').click();
    // The answer, whichever it is: a refusal or a form error fails here with its words.
    const answer = b.page.getByText('预约已发送').or(b.page.locator('.ant-message-error, .ant-form-item-explain-error'));
    await answer.first().waitFor({ timeout: 10_000 });
    expect(await answer.first().innerText()).toContain('预约已发送');

    // The staff accept it on a laptop.
    const s = await open(staff, '/my/meetings', LAPTOP);
    await s.page.getByTestId('meeting-accept').first().click();
    await s.page.getByTestId('meeting-enter').first().waitFor({ timeout: 10_000 });
    await shot(s.page, 'my-meetings-laptop');

    // The buyer's list shows it confirmed, with the time in their zone.
    await b.page.goto(`${t.url}/my/meetings`);
    await b.page.getByTestId('meeting-enter').first().waitFor({ timeout: 10_000 });
    expect(await b.page.getByTestId('meeting-card').first().innerText()).toContain('已确认');
    expect(await b.page.getByTestId('meeting-card').first().innerText()).toContain('(UTC)');
    await shot(b.page, 'my-meetings-phone');
    expect(await overflow(b.page)).toBeLessThanOrEqual(0);

    // Both enter the room; both publish and each decodes the other's video.
    await b.page.getByTestId('meeting-enter').first().click();
    await s.page.getByTestId('meeting-enter').first().click();
    await until('both in the call', async () => (await phase(b.page)) === 'in-call' && (await phase(s.page)) === 'in-call');
    await until('buyer decodes the staff video', async () => (await frames(b.page)) > 20);
    await until('staff decode the buyer video', async () => (await frames(s.page)) > 20);
    const [fb, fs] = [await frames(b.page), await frames(s.page)];
    await new Promise((r) => setTimeout(r, 1500));
    expect(await frames(b.page)).toBeGreaterThan(fb); // still flowing
    expect(await frames(s.page)).toBeGreaterThan(fs);
    const remoteWidth = (page: Page) =>
      page.evaluate(() => (document.querySelector('[data-testid="meeting-remote"] video') as HTMLVideoElement).videoWidth);
    expect(await remoteWidth(b.page)).toBeGreaterThan(0);
    expect(await remoteWidth(s.page)).toBeGreaterThan(0);
    await shot(b.page, 'room-phone', false);
    await shot(s.page, 'room-laptop', false);
    expect(await overflow(b.page)).toBeLessThanOrEqual(0);

    // Mute and camera toggles answer; leaving ends the call on that side.
    await s.page.getByTestId('meeting-mute').click();
    await s.page.getByText('取消静音').waitFor();
    await s.page.getByTestId('meeting-camera').click();
    await s.page.getByText('打开摄像头').waitFor();

    // A third buyer, even with the link, gets no room.
    const http = httpClient(t.url);
    const email = `third-${Date.now()}@example.cn`;
    const third = (
      await http.post('/api/auth/register', { email, password: 'correct horse 1', displayName: '第三人', role: 'buyer' })
    ).body as SignedIn;
    const meetingPath = new URL(b.page.url()).pathname;
    const x = await open(third, meetingPath, LAPTOP);
    await x.page.locator('.ant-alert-error').first().waitFor({ timeout: 10_000 });
    expect(await phase(x.page)).toBe('no-hook');

    await b.page.getByTestId('meeting-leave').click();
    await b.page.getByText('洽谈已结束').waitFor();
    for (const p of [b, s]) expect(p.errors.filter((e) => !/getUserMedia|WebSocket/.test(e))).toEqual([]);
  });

  it('shows the booking form and 我的洽谈 in English with no untranslated keys, at both widths', async () => {
    for (const [size, options] of [
      ['laptop', LAPTOP],
      ['phone', PHONE],
    ] as const) {
      for (const [who, path] of [
        [buyer, `/booths/${boothId}`],
        [staff, '/my/meetings'],
      ] as const) {
        const p = await appPage(browser, t.url, who, options);
        pages.push(p);
        await p.context.addInitScript(() => localStorage.setItem('livefair.lang', 'en'));
        await p.page.goto(t.url + path);
        if (path === '/my/meetings') await p.page.getByText('My meetings', { exact: true }).first().waitFor();
        else {
          await p.page.getByTestId('book-meeting-button').click();
          await p.page.getByText('Times you can meet').waitFor();
          await p.page.locator('.ant-drawer-content-wrapper').waitFor({ state: 'visible' });
          await p.page.waitForTimeout(500); // the drawer's slide-in, for the screenshot
        }
        expect(await p.page.locator('body').innerText()).not.toMatch(/\bmeetings\.[a-z]+\.[a-zA-Z]+/);
        expect(await overflow(p.page)).toBeLessThanOrEqual(0);
        await shot(p.page, `${size}-en${path.replace(/\//g, '-').replace(/-[0-9a-f-]{36}$/, '')}`, false);
      }
    }
  });
});
