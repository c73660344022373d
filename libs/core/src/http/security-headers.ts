import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { OriginPolicy } from './origin-policy';

/**
 * helmet with a CSP the web UI works under: scripts only from this origin (Vite's hashed
 * bundles, no inline script); inline styles allowed (antd writes its CSS-in-JS into <style>
 * elements and index.html has the boot splash's); signalling over socket.io to this origin
 * (ws/wss named as well: older Safari does not count them as 'self'); media arrives over WebRTC,
 * which CSP does not govern. Never framed (frame-ancestors 'none', X-Frame-Options DENY), no
 * MIME sniffing, no referrer sent. No upgrade-insecure-requests and no HSTS: the embedded default
 * is served over plain http on a LAN address, where either would break the phone's page; set
 * HSTS at the TLS proxy.
 */
export function securityHeaders(origins: OriginPolicy) {
  const others = origins.configured;
  const socketOrigins = others.map((o) => o.replace(/^http/, 'ws'));
  const connectSrc = (req: IncomingMessage, _res: ServerResponse) => {
    const host = req.headers.host && /^[\w.:[\]-]+$/.test(req.headers.host) ? req.headers.host : null;
    return [...(host ? [`ws://${host}`, `wss://${host}`] : []), ...others, ...socketOrigins].join(' ') || "'self'";
  };
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'media-src': ["'self'", 'blob:'],
        'connect-src': ["'self'", connectSrc],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Same-origin-allow-popups would do too; the app opens no cross-origin windows it talks to.
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });
}
