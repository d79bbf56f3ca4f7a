import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { PATHS, signInPath } from '../../lib/paths';
import { canAccess } from './access';
import type { Access } from './access';
import { useAuthState } from './auth-context';
import type { AnonymousReason } from './auth-session';
import type { SignInLocationState } from './auth-provider';
import { NoAccessPage } from './no-access-page';

export interface RequireSessionProps {
  access?: Access;
}

/**
 * Where an anonymous visitor of a guarded page goes. The sign-out handlers
 * navigate to the same places: the session ends (a synchronous render) before
 * their navigation commits (a transition), so this guard sees it first and
 * must agree with them.
 */
function redirectOf(reason: AnonymousReason, currentPath: string): { to: string; notice: SignInLocationState } {
  switch (reason) {
    case 'signedOut':
      // Also where the back button leads after signing out: the public catalogue.
      return { to: PATHS.catalogue, notice: {} };
    case 'signedOutEverywhere':
      return { to: PATHS.signIn, notice: { notice: 'signedOutEverywhere' } };
    case 'expired':
      return { to: signInPath(currentPath), notice: { notice: 'sessionExpired' } };
    case 'none':
      return { to: signInPath(currentPath), notice: {} };
  }
}

/**
 * Layout route for pages that need a session: anonymous visitors go to the
 * sign-in page (and come back after it); a signed-in user without the role
 * sees why they cannot open the page.
 */
export function RequireSession({ access = 'signedIn' }: RequireSessionProps) {
  const { t } = useTranslation();
  const state = useAuthState();
  const { pathname, search } = useLocation();

  if (state.status === 'loading') return <PageLoader label={t('auth.checkingSession')} />;
  if (state.status === 'anonymous') {
    const { to, notice } = redirectOf(state.reason, `${pathname}${search}`);
    return <Navigate to={to} replace state={notice} />;
  }
  if (!canAccess(state.user, access)) return <NoAccessPage access={access} homePath={state.homePath} />;
  return <Outlet />;
}
