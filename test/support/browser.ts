import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; `npm test` installs it (with CJK fonts) when missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/** A headless Chromium with a throwaway profile (playwright's `launch` always uses a fresh temp user-data-dir). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}. Run \`npm test\`, which installs it (apt-get install chromium fonts-noto-cjk).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A Chromium in its own process that a test can SIGKILL (a machine losing power, a network cut: nothing is said goodbye). */
export async function launchKillableBrowser(): Promise<{ browser: Browser; kill(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}. Run \`npm test\`.`);
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    kill: async () => {
      const proc = server.process();
      if (proc.exitCode !== null || proc.signalCode) return;
      await new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGKILL');
      });
    },
  };
}

export interface PageOptions {
  width: number;
  height: number;
  isMobile?: boolean;
  /** Origin to grant camera/microphone to; without it the grant covers every origin of this context. */
  origin?: string;
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught page errors and console errors, in order; a healthy page leaves it empty. */
  errors: string[];
  close(): Promise<void>;
}

/** A browser tab doesn't ask for a favicon the server lacks to be an error the test should see. */
const isFavicon404 = (text: string, url: string) => /favicon/i.test(url) && /404/.test(text);

/** A fresh context (own storage) with one page: zh-CN, UTC, camera/microphone granted, errors collected. */
export async function newPage(browser: Browser, options: PageOptions): Promise<TestPage> {
  const mobile = options.isMobile ?? false;
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    isMobile: mobile,
    hasTouch: mobile,
    deviceScaleFactor: mobile ? 2 : 1,
    locale: 'zh-CN',
    timezoneId: 'UTC',
  });
  await context.grantPermissions(['camera', 'microphone'], options.origin ? { origin: options.origin } : undefined);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    if (isFavicon404(msg.text(), where)) return;
    errors.push(`console.error: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  return { page, context, errors, close: () => context.close() };
}
