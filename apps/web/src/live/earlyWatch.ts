import { earlyPicturePageMounted, showEarlyPicture as showPicture } from './earlyPicture';
import { LiveRoom } from './LiveRoom';
import './testHooks';
import { RoomFeed } from './RoomFeed';
import { Viewer } from './Viewer';

/** A watch page's room, viewer and feed, started before React has rendered anything. */
export interface EarlyWatch {
  room: LiveRoom;
  viewer: Viewer;
  feed: RoomFeed;
}

const WATCH_PATH = /^\/watch\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

let early: (EarlyWatch & { sessionId: string }) | null = null;
let pageMounted = false;

/**
 * Opened straight on /watch/:id (a shared link, the booth's "watch" button): connect, join and
 * set up media while the app's own code is still loading and rendering, about a second on a
 * phone. The watch page adopts what was started here (takeEarlyWatch) instead of starting over.
 */
export function startEarlyWatch(pathname: string): void {
  const match = WATCH_PATH.exec(pathname);
  if (!match || pageMounted || early) return;
  const room = new LiveRoom(match[1], 'viewer');
  const viewer = new Viewer(room);
  const feed = new RoomFeed(room);
  room.add(viewer);
  room.add(feed);
  early = { sessionId: match[1], room, viewer, feed };
  // The end-to-end tests' read-only hook (testHooks.ts), until the page installs its own with the <video>.
  window.__lfViewer ??= {
    state: () => viewer.state.phase,
    framesDecoded: () => viewer.framesDecoded(),
    videoWidth: () => 0,
    candidatePair: () => viewer.candidatePair(),
  };
}

/**
 * Resolves once the early viewer has decoded its first video frame, or the room answered without
 * video yet (not live, an error), or after `ms`. The app's own code waits for it: its start-up
 * work on the main thread would otherwise delay every step of the media set-up.
 */
export function earlyReady(ms: number): Promise<void> {
  const current = early;
  if (!current) return Promise.resolve();
  const { room, viewer } = current;
  return new Promise((resolve) => {
    const started = Date.now();
    const check = async () => {
      const { join, error } = room.state;
      const noVideo = !!join && !join.producers.some((p) => p.kind === 'video');
      if (error || noVideo || Date.now() - started > ms || (await viewer.framesDecoded()) > 0) return resolve();
      setTimeout(() => void check(), 30);
    };
    void check();
  });
}

/** Once the first frame is decoded: the picture on screen while the app loads (earlyPicture.ts). */
export function showEarlyPicture(): void {
  if (early && !pageMounted) showPicture(early.viewer.state.stream);
}

/** The early start for this session, once; the caller owns it from then on (and closes it). */
export function takeEarlyWatch(sessionId: string): EarlyWatch | null {
  pageMounted = true;
  earlyPicturePageMounted();
  const found = early && early.sessionId === sessionId ? early : null;
  if (early && !found) closeEarly(early);
  early = null;
  return found;
}

function closeEarly(e: EarlyWatch): void {
  e.viewer.close();
  e.feed.close();
  e.room.close();
}
