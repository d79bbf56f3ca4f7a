import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AuthSession, AuthState, SessionUser } from './auth-session';

export const AuthSessionContext = createContext<AuthSession | null>(null);

/** The session object itself: for sign-in/out handlers and authenticated uploads. */
export function useAuthSession(): AuthSession {
  const session = useContext(AuthSessionContext);
  if (!session) throw new Error('useAuthSession: wrap the app in <AuthProvider>');
  return session;
}

/** The current auth state; re-renders on sign-in, sign-out and profile changes. */
export function useAuthState(): AuthState {
  const session = useAuthSession();
  return useSyncExternalStore(session.subscribe, session.getState);
}

/** The signed-in user. Only for pages behind <RequireSession>. */
export function useSignedInUser(): SessionUser {
  const state = useAuthState();
  if (state.status !== 'signedIn') throw new Error('useSignedInUser: the page is not behind <RequireSession>');
  return state.user;
}
