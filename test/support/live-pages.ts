/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { newPage, TestPage } from './browser';

export interface SignedIn {
  accessToken: string;
  user: unknown;
}

/** A page of the web app, signed in by putting the session where the app keeps it. */
export async function appPage(
  browser: Browser,
  url: string,
  who: SignedIn | null,
  size: { width: number; height: number; isMobile?: boolean } = { width: 1280, height: 800 },
): Promise<TestPage> {
  const p = await newPage(browser, { ...size, origin: url });
  if (who) {
    await p.context.addInitScript(
      ({ token, user }) => {
        localStorage.setItem('livefair.token', token);
        localStorage.setItem('livefair.user', JSON.stringify(user));
      },
      { token: who.accessToken, user: who.user },
    );
  }
  return p;
}

async function poll<T>(page: Page, fn: () => Promise<T>, ok: (v: T) => boolean, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await fn();
    if (ok(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`${what}: not reached in ${ms} ms (last ${JSON.stringify(last)}) on ${page.url()}`);
    await page.waitForTimeout(150);
  }
}

export function viewerState(page: Page): Promise<string> {
  return page.evaluate(() => window.__lfViewer?.state() ?? 'no-hook');
}

export function waitViewerState(page: Page, state: string, ms = 15_000): Promise<string> {
  return poll(
    page,
    () => viewerState(page),
    (s) => s === state,
    ms,
    `viewer state ${state}`,
  );
}

export function studioState(page: Page): Promise<string> {
  return page.evaluate(() => window.__lfStudio?.state() ?? 'no-hook');
}

export function waitStudioState(page: Page, state: string, ms = 15_000): Promise<string> {
  return poll(
    page,
    () => studioState(page),
    (s) => s === state,
    ms,
    `studio state ${state}`,
  );
}

/** Waits until the viewer has decoded `more` frames beyond what it had; returns the count and the video width. */
export async function framesGrow(page: Page, more = 15, ms = 20_000): Promise<{ frames: number; width: number }> {
  const read = () =>
    page.evaluate(async () => ({
      frames: (await window.__lfViewer?.framesDecoded()) ?? 0,
      width: window.__lfViewer?.videoWidth() ?? 0,
    }));
  const start = await read();
  return poll(page, read, (v) => v.frames >= start.frames + more && v.width > 0, ms, `${more} more decoded frames`);
}

declare global {
  interface Window {
    __lfViewer?: {
      state(): string;
      framesDecoded(): Promise<number>;
      videoWidth(): number;
      candidatePair(): Promise<{ local: string; remote: string } | null>;
    };
    __lfStudio?: { state(): string; producerIds(): string[] };
  }
}
