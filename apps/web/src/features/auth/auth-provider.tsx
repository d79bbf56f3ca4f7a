import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { signInPath } from '../../lib/paths';
import { AuthSessionContext } from './auth-context';
import type { AuthSession } from './auth-session';

export interface AuthProviderProps {
  session: AuthSession;
  children: ReactNode;
}

/** Location state of the sign-in page: why the user is there. */
export interface SignInLocationState {
  notice?: 'sessionExpired' | 'passwordReset' | 'signedOutEverywhere';
}

/**
 * Starts the session (one refreshSession on load) and reacts to its end:
 * the cache is cleared so the next user sees none of this one's data, and an
 * expired session goes to the sign-in page, remembering where the user was.
 * Must sit inside the router.
 */
export function AuthProvider({ session, children }: AuthProviderProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);

  useEffect(() => {
    locationRef.current = location;
  }, [location]);

  useEffect(() => {
    session.start();
  }, [session]);

  useEffect(() => {
    let wasSignedIn = session.getState().status === 'signedIn';
    return session.subscribe(() => {
      const state = session.getState();
      const signedIn = state.status === 'signedIn';
      if (wasSignedIn && !signedIn) void client.clearStore();
      wasSignedIn = signedIn;
      if (state.status === 'anonymous' && state.reason === 'expired') {
        const { pathname, search } = locationRef.current;
        const notice: SignInLocationState = { notice: 'sessionExpired' };
        void navigate(signInPath(`${pathname}${search}`), { replace: true, state: notice });
      }
    });
  }, [session, client, navigate]);

  return <AuthSessionContext.Provider value={session}>{children}</AuthSessionContext.Provider>;
}
