/**
 * The early viewer's picture (earlyWatch.ts), on screen before the app has rendered: a layer over
 * the page laid out as the watch page will be (header, player, the chat's place on a laptop), with
 * the live video in it. Loading and rendering the app takes most of a second on a phone; the buyer
 * watches meanwhile, however long the app takes on a slow network. The watch page's player removes
 * it once it shows a frame itself; once the page has mounted, it goes after 5 s in any case, so it
 * can never cover a page that fails to play.
 * Styles: .lf-early in styles.css (loaded with the entry, before any page).
 */
const LOGO =
  '<span class="lf-logo"><svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#e8112d"/>' +
  '<path d="M12 9.5v13l10-6.5z" fill="#fff"/></svg><span class="lf-logo-text">LiveFair <span class="lf-logo-cn">云展直播</span></span></span>';

let layer: HTMLElement | null = null;
let timer = 0;

export function showEarlyPicture(stream: MediaStream): void {
  if (layer || stream.getVideoTracks().length === 0) return;
  layer = document.createElement('div');
  layer.className = 'lf-early';
  layer.setAttribute('aria-busy', 'true');
  layer.innerHTML =
    `<header class="lf-header"><div class="lf-header-inner">${LOGO}</div></header>` +
    '<div class="lf-early-main"><div class="lf-early-stage"><div class="lf-early-player"><video muted autoplay playsinline></video></div>' +
    '<div class="lf-early-bar"></div></div><div class="lf-early-chat"></div></div>';
  const video = layer.querySelector('video') as HTMLVideoElement;
  video.srcObject = stream;
  document.body.append(layer);
  video.play().catch(() => undefined);
}

/** The watch page has mounted (takeEarlyWatch): its player has 5 s to take over. */
export function earlyPicturePageMounted(): void {
  if (layer && !timer) timer = window.setTimeout(dismissEarlyPicture, 5000);
}

export function dismissEarlyPicture(): void {
  if (!layer) return;
  window.clearTimeout(timer);
  timer = 0;
  (layer.querySelector('video') as HTMLVideoElement).srcObject = null;
  layer.remove();
  layer = null;
}
