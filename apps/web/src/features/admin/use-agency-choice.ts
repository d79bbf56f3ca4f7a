import { useSearchParams } from 'react-router';
import type { AgencyRef } from '../auth/access';

/** Query parameter holding the agency chosen on the admin and instructor pages. */
const AGENCY_PARAM = 'instansi';

/**
 * The agency chosen among `agencies`, kept in the address (`?instansi=<id>`) so
 * a reload or a shared link keeps it; the first one until something is chosen.
 */
export function useAgencyChoice(agencies: AgencyRef[]) {
  const [searchParams, setSearchParams] = useSearchParams();
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

  return { selected, select };
}
