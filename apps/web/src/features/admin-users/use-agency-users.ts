import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AgencyUsersDocument } from '../../gql/generated';
import type { AgencyUsersQuery } from '../../gql/generated';

export const USERS_PAGE_SIZE = 20;

export type AgencyUser = AgencyUsersQuery['agencyUsers']['edges'][number]['node'];

/**
 * One page of an agency's users at a time. The API pages forward only
 * (`after`), so the cursors of the pages seen so far are kept to go back.
 * A new agency or search starts at page one.
 */
export function useAgencyUsers(agencyId: string, search: string) {
  const listKey = `${agencyId}\n${search}`;
  const [pages, setPages] = useState<{ listKey: string; cursors: string[] }>({ listKey, cursors: [] });
  const cursors = pages.listKey === listKey ? pages.cursors : [];
  const after = cursors.at(-1) ?? null;

  const { data, previousData, loading, error, refetch } = useQuery(AgencyUsersDocument, {
    variables: { agencyId, first: USERS_PAGE_SIZE, after, search: search === '' ? null : search },
    fetchPolicy: 'cache-and-network',
  });
  // Keep the previous page on screen while the next one loads.
  const shown = data ?? (loading ? previousData : undefined);
  const connection = shown?.agencyUsers;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const goNext = () => {
    if (endCursor) setPages({ listKey, cursors: [...cursors, endCursor] });
  };
  const goPrevious = () => {
    setPages({ listKey, cursors: cursors.slice(0, -1) });
  };

  return {
    users: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    /** Zero-based index of the first user on this page. */
    offset: cursors.length * USERS_PAGE_SIZE,
    hasNext: Boolean(data?.agencyUsers.pageInfo.hasNextPage && endCursor),
    hasPrevious: cursors.length > 0,
    goNext,
    goPrevious,
    isLoading: !connection && loading,
    isRefreshing: loading,
    error: connection ? undefined : error,
    retry: () => refetch().catch(() => undefined),
  };
}
