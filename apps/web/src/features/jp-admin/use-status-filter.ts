import type { ExternalActivityStatus } from '../../gql/generated';
import { useSearchParam } from '../../lib/use-search-param';

export type StatusFilter = ExternalActivityStatus | 'ALL';

export const STATUS_FILTERS: readonly StatusFilter[] = ['PENDING', 'APPROVED', 'REJECTED', 'ALL'];

/** How each filter reads in the address (`?status=disetujui`); pending, the reviewer's work, needs none. */
const PARAM_VALUES: Record<StatusFilter, string | null> = { PENDING: null, APPROVED: 'disetujui', REJECTED: 'ditolak', ALL: 'semua' };

/** The review queue's status filter, kept in the address. */
export function useStatusFilter() {
  const [requested, setRequested] = useSearchParam('status');
  const filter = STATUS_FILTERS.find((candidate) => PARAM_VALUES[candidate] === requested) ?? 'PENDING';
  return {
    filter,
    status: filter === 'ALL' ? null : filter,
    setFilter: (next: StatusFilter) => {
      setRequested(PARAM_VALUES[next]);
    },
  };
}
