import { skipToken, useQuery } from '@apollo/client/react';
import { AgencyOptionsDocument } from '../../gql/generated';
import { agenciesWithRole } from '../auth/access';
import type { AgencyRef } from '../auth/access';
import { useSignedInUser } from '../auth/auth-context';
import { useAgencyChoice } from './use-agency-choice';

/** What <AgencyPicker> shows: the agencies to choose from and the chosen one. */
export interface AgencyChoice {
  agencies: AgencyRef[];
  selected: AgencyRef | null;
  select: (agencyId: string) => void;
  loading: boolean;
  error: unknown;
  retry: () => Promise<unknown>;
}

/**
 * The agencies the signed-in user administers (an agency admin: their ADMIN
 * memberships; the super admin: every agency) and the one chosen, kept in the
 * address (`?instansi=<id>`) so a reload or a shared link keeps it.
 */
export function useAdminAgencies(): AgencyChoice {
  const user = useSignedInUser();
  const { data, loading, error, refetch } = useQuery(
    AgencyOptionsDocument,
    user.isSuperAdmin ? {} : skipToken,
  );

  const agencies: AgencyRef[] = user.isSuperAdmin
    ? (data?.agencies.edges.map(({ node }) => ({ id: node.id, name: node.name })) ?? [])
    : agenciesWithRole(user, 'ADMIN');
  const { selected, select } = useAgencyChoice(agencies);

  return {
    agencies,
    selected,
    select,
    loading: user.isSuperAdmin && loading && !data,
    error: data ? undefined : error,
    retry: () => refetch().catch(() => undefined),
  };
}
