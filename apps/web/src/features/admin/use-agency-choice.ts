import { useSearchParam } from '../../lib/use-search-param';
import type { AgencyRef } from '../auth/access';

/**
 * The agency chosen among `agencies`, kept in the address (`?instansi=<id>`) so
 * a reload or a shared link keeps it; the first one until something is chosen.
 */
export function useAgencyChoice(agencies: AgencyRef[]) {
  const [requested, setRequested] = useSearchParam('instansi');
  const selected = agencies.find((agency) => agency.id === requested) ?? agencies[0] ?? null;
  return { selected, select: (agencyId: string) => setRequested(agencyId) };
}
