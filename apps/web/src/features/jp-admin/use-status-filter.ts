import { useSearchParams } from 'react-router';
import type { ExternalActivityStatus } from '../../gql/generated';

export type StatusFilter = ExternalActivityStatus | 'ALL';

export const STATUS_FILTERS: readonly StatusFilter[] = ['PENDING', 'APPROVED', 'REJECTED', 'ALL'];

const STATUS_PARAM = 'status';

/** How each filter reads in the address (`?status=disetujui`); pending, the reviewer's work, needs none. */
const PARAM_VALUES: Record<StatusFilter, string | null> = { PENDING: null, APPROVED: 'disetujui', REJECTED: 'ditolak', ALL: 'semua' };

/** The review queue's status filter, kept in the address. */
export function useStatusFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(STATUS_PARAM);
  const filter = STATUS_FILTERS.find((candidate) => PARAM_VALUES[candidate] === requested) ?? 'PENDING';

  const setFilter = (next: StatusFilter) => {
    setSearchParams(
      (params) => {
        const value = PARAM_VALUES[next];
        if (value === null) params.delete(STATUS_PARAM);
        else params.set(STATUS_PARAM, value);
        return params;
      },
      { replace: true },
    );
  };

  return { filter, status: filter === 'ALL' ? null : filter, setFilter };
}
