import { agenciesWithRole } from '../auth/access';
import { useSignedInUser } from '../auth/auth-context';
import { useAgencyChoice } from '../admin/use-agency-choice';
import type { AgencyChoice } from '../admin/use-admin-agencies';

/** The agencies the signed-in user teaches for (INSTRUCTOR memberships) and the one chosen. */
export function useInstructorAgencies(): AgencyChoice {
  const user = useSignedInUser();
  const agencies = agenciesWithRole(user, 'INSTRUCTOR');
  const { selected, select } = useAgencyChoice(agencies);
  return { agencies, selected, select, loading: false, error: undefined, retry: () => Promise.resolve() };
}
