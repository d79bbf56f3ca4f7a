import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { MyEnrolmentsDocument } from '../../gql/generated';
import type { MyEnrolmentsQuery, MyLearningGroup } from '../../gql/generated';

export const MY_ENROLMENTS_PAGE_SIZE = 10;

export type MyEnrolment = MyEnrolmentsQuery['myEnrolments']['edges'][number]['node'];

/**
 * One group of "Belajar saya", page by page (pages merge in the cache per
 * group, see lib/apollo-client.ts). Progress changes on the lesson pages, so
 * the cached list shows at once and is refreshed from the API.
 */
export function useMyEnrolments(group: MyLearningGroup) {
  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(MyEnrolmentsDocument, {
    variables: { group, first: MY_ENROLMENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const connection = data?.myEnrolments;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasMore = Boolean(connection?.pageInfo.hasNextPage && endCursor);
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = async () => {
    if (!hasMore || isLoadingMore || endCursor === null) return;
    setLoadMoreFailed(false);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch {
      setLoadMoreFailed(true);
    }
  };

  return {
    enrolments: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    isLoading: !connection && loading,
    error: connection ? undefined : error,
    hasMore,
    isLoadingMore,
    loadMoreFailed,
    loadMore,
    retry: () => {
      refetch().catch(() => undefined);
    },
  };
}

export type MyEnrolmentsList = ReturnType<typeof useMyEnrolments>;
