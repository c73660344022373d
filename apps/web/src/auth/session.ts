import type { UserView } from '@livefair/protocol';

/** Token and user persisted in localStorage, with a tiny change feed so React state follows 401s from anywhere. */
const TOKEN_KEY = 'livefair.token';
const USER_KEY = 'livefair.user';

export interface Session {
  token: string;
  user: UserView;
}

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function readSession(): Session | null {
  try {
    const token = localStorage.getItem(TOKEN_KEY);
    const rawUser = localStorage.getItem(USER_KEY);
    if (!token || !rawUser) return null;
    const user = JSON.parse(rawUser) as UserView;
    if (typeof user?.id !== 'string' || typeof user.role !== 'string') return null;
    return { token, user };
  } catch {
    return null;
  }
}

export function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null): void {
  try {
    if (session) {
      localStorage.setItem(TOKEN_KEY, session.token);
      localStorage.setItem(USER_KEY, JSON.stringify(session.user));
    } else {
      localStorage.removeItem(TOKEN_KEY);
      localStorage.removeItem(USER_KEY);
    }
  } catch {
    // Storage unavailable: the session still lives in React state for this tab.
  }
  listeners.forEach((listener) => listener(session));
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
