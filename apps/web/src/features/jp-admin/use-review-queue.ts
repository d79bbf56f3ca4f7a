import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { JpReviewQueueDocument } from '../../gql/generated';
import type { ExternalActivityStatus, JpReviewQueueQuery } from '../../gql/generated';

export const REVIEW_PAGE_SIZE = 20;

type Queue = JpReviewQueueQuery['externalActivityQueue'];

/**
 * The agency's activities of one status (all of them for null), newest first, page after page
 * ("muat lebih banyak"). An activity reviewed on this page leaves a list of another status at
 * once: the cache holds its new status, and the count drops by the ones that left.
 */
export function useReviewQueue(agencyId: string, status: ExternalActivityStatus | null) {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(JpReviewQueueDocument, {
    variables: { agencyId, status, first: REVIEW_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const queue = data?.externalActivityQueue;
  const loaded = queue?.nodes ?? [];
  const activities = status ? loaded.filter((activity) => activity.status === status) : loaded;
  const endCursor = queue?.pageInfo.endCursor ?? null;
  const hasMore = Boolean(queue?.pageInfo.hasNextPage && endCursor);
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = async () => {
    if (!hasMore || isLoadingMore) return;
    setLoadMoreFailed(false);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({ externalActivityQueue: withNextPage(previous.externalActivityQueue, fetchMoreResult.externalActivityQueue) }),
      });
    } catch {
      setLoadMoreFailed(true);
    }
  };

  return {
    activities,
    totalCount: Math.max(0, (queue?.totalCount ?? 0) - (loaded.length - activities.length)),
    isLoading: !queue && loading,
    error: queue ? undefined : error,
    hasMore,
    isLoadingMore,
    loadMoreFailed,
    loadMore,
    /** Back to the first page, as the server has it now. */
    reload: () => refetch().catch(() => undefined),
  };
}

/**
 * The pages so far and the next one. The count stays the first page's: the activities reviewed
 * since then are still in the pages so far, and taken off the count with them.
 */
function withNextPage(pages: Queue, next: Queue): Queue {
  const seen = new Set(pages.nodes.map((activity) => activity.id));
  return { ...next, totalCount: pages.totalCount, nodes: [...pages.nodes, ...next.nodes.filter((activity) => !seen.has(activity.id))] };
}
