import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CatalogueCoursesDocument } from '../../gql/generated';
import type { CatalogueCoursesQuery } from '../../gql/generated';

export const CATALOGUE_PAGE_SIZE = 12;

export type CatalogueCourse = CatalogueCoursesQuery['courses']['edges'][number]['node'];

/**
 * Published courses (newest first), loaded page by page with the
 * `courses(first, after)` cursor connection. Pages are merged in the cache
 * (see lib/apollo-client.ts), so `courses` always holds every loaded page.
 */
export function useCatalogueCourses() {
  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(CatalogueCoursesDocument, {
    variables: { first: CATALOGUE_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);

  const connection = data?.courses;
  const courses: CatalogueCourse[] = connection ? connection.edges.map((edge) => edge.node) : [];
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

  const retry = async () => {
    setLoadMoreFailed(false);
    try {
      await refetch();
    } catch {
      // The failure is reported through `error` by useQuery.
    }
  };

  return {
    courses,
    totalCount: connection?.totalCount ?? 0,
    /** First page not there yet (initial load or retry after an error). */
    isLoading: !connection && (loading || !error),
    /** The first page failed and nothing can be shown. */
    hasError: !connection && Boolean(error) && !loading,
    hasMore,
    isLoadingMore,
    loadMoreFailed,
    loadMore,
    retry,
  };
}
