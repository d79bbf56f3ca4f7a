import { Outlet } from 'react-router';
import { useAuthState } from '../auth/auth-context';
import { NoAccessPage } from '../auth/no-access-page';
import { isCourseAuthor } from '../course-admin/course-permissions';

/**
 * Layout route inside <RequireSession>: a course's editor and enrolments are
 * for its instructors and its agency's admins. Which course one may open is the
 * API's decision (`authoringCourse` answers null otherwise).
 */
export function RequireAuthor() {
  const state = useAuthState();
  if (state.status !== 'signedIn') return null;
  if (!isCourseAuthor(state.user)) return <NoAccessPage access="instructor" homePath={state.homePath} />;
  return <Outlet />;
}
