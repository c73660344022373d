import { Link } from 'react-router-dom';

/** "LiveFair 云展直播": the product name stays as written in both languages. */
export function Logo() {
  return (
    <Link to="/" className="lf-logo" aria-label="LiveFair 云展直播">
      <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden>
        <rect width="32" height="32" rx="7" fill="#e8112d" />
        <path d="M12 9.5v13l10-6.5z" fill="#fff" />
      </svg>
      <span className="lf-logo-text">
        LiveFair <span className="lf-logo-cn">云展直播</span>
      </span>
    </Link>
  );
}
