import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutDocument, SignOutEverywhereDocument } from '../../gql/generated';
import { PATHS } from '../../lib/paths';
import { useAuthSession } from './auth-context';
import type { SignInLocationState } from './auth-provider';

/**
 * Sign out of this device. The session ends in this tab even if the API cannot
 * be reached: the user asked to leave. (The httpOnly refresh cookie is out of
 * JavaScript's reach; only the API can clear it.)
 */
export function useSignOut() {
  const session = useAuthSession();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);

  const run = async () => {
    try {
      await signOut();
    } catch {
      // Ignored on purpose, see above.
    }
    session.signedOut();
    void navigate(PATHS.catalogue);
  };

  return { signOut: run, loading };
}

/**
 * Sign out of every device. Unlike useSignOut this stays signed in when the API
 * refuses or cannot be reached, so the user sees that the other devices were
 * NOT signed out (`error`).
 */
export function useSignOutEverywhere() {
  const session = useAuthSession();
  const navigate = useNavigate();
  const [signOutEverywhere, { loading, error, reset }] = useMutation(SignOutEverywhereDocument);

  const run = async (): Promise<boolean> => {
    try {
      await signOutEverywhere();
    } catch {
      return false;
    }
    session.signedOut('signedOutEverywhere');
    const state: SignInLocationState = { notice: 'signedOutEverywhere' };
    void navigate(PATHS.signIn, { state });
    return true;
  };

  return { signOutEverywhere: run, loading, error, reset };
}
