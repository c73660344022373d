import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/**
 * A watch link opened directly (a shared link, the booth's "watch" button) starts its live room
 * first (live/earlyWatch.ts): the socket, the join and the media set-up then run while the app's
 * code loads and renders (about a second on a phone) instead of after it, and its picture is on
 * screen while the app loads (live/earlyPicture.ts). Every other page renders at once.
 */
async function boot(root: HTMLElement): Promise<void> {
  if (location.pathname.startsWith('/watch/')) {
    const early = await import('./live/earlyWatch').catch(() => null);
    early?.startEarlyWatch(location.pathname);
    await early?.earlyReady(1200);
    early?.showEarlyPicture();
    void import('./pages/WatchPage');
  }
  const { renderApp } = await import('./renderApp');
  renderApp(root);
}

void boot(container);
