import type { AuthResult, UserView } from '@livefair/protocol';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import { endpoints } from '../api/endpoints';
import { readSession, subscribeSession, writeSession, type Session } from './session';

export interface AuthState {
  user: UserView | null;
  signIn: (result: AuthResult) => void;
  signOut: () => void;
}

export const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readSession);

  useEffect(() => subscribeSession(setSession), []);

  // Refresh the stored user once per page load; a 401 clears the session inside the client.
  useEffect(() => {
    const initial = readSession();
    if (!initial) return;
    const controller = new AbortController();
    endpoints
      .me(controller.signal)
      .then((user) => {
        const current = readSession();
        if (current && current.token === initial.token) writeSession({ token: current.token, user });
      })
      .catch(() => {
        // Network trouble keeps the stored user; an expired token was already cleared by the client.
      });
    return () => controller.abort();
  }, []);

  const signIn = useCallback((result: AuthResult) => {
    writeSession({ token: result.accessToken, user: result.user });
  }, []);
  const signOut = useCallback(() => writeSession(null), []);

  const value = useMemo<AuthState>(() => ({ user: session?.user ?? null, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
