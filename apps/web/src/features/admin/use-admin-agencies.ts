import { skipToken, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { AgencyOptionsDocument } from '../../gql/generated';
import { agenciesWithRole } from '../auth/access';
import type { AgencyRef } from '../auth/access';
import { useSignedInUser } from '../auth/auth-context';

/** Query parameter holding the agency chosen on the admin pages. */
const AGENCY_PARAM = 'instansi';

/**
 * The agencies the signed-in user administers (an agency admin: their ADMIN
 * memberships; the super admin: every agency) and the one chosen, kept in the
 * address (`?instansi=<id>`) so a reload or a shared link keeps it.
 */
export function useAdminAgencies() {
  const user = useSignedInUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(
    AgencyOptionsDocument,
    user.isSuperAdmin ? {} : skipToken,
  );

  const agencies: AgencyRef[] = user.isSuperAdmin
    ? (data?.agencies.edges.map(({ node }) => ({ id: node.id, name: node.name })) ?? [])
    : agenciesWithRole(user, 'ADMIN');
  const requested = searchParams.get(AGENCY_PARAM);
  const selected = agencies.find((agency) => agency.id === requested) ?? agencies[0] ?? null;

  const select = (agencyId: string) => {
    setSearchParams(
      (params) => {
        params.set(AGENCY_PARAM, agencyId);
        return params;
      },
      { replace: true },
    );
  };

  return {
    agencies,
    selected,
    select,
    loading: user.isSuperAdmin && loading && !data,
    error: data ? undefined : error,
    retry: () => refetch().catch(() => undefined),
  };
}
