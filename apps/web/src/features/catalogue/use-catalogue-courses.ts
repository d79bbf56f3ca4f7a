import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CatalogueCoursesDocument } from '../../gql/generated';
import type { CatalogueCoursesQuery } from '../../gql/generated';
import { catalogueFilter } from './catalogue-search-params';
import type { CatalogueQuery } from './catalogue-search-params';

export const CATALOGUE_PAGE_SIZE = 12;

export type CatalogueCourse = CatalogueCoursesQuery['courses']['edges'][number]['node'];

/**
 * Published courses matching `query`, loaded page by page with the
 * `courses(first, after, filter, sort)` cursor connection. Pages are merged in
 * the cache per filter and sort (see lib/apollo-client.ts), so `courses`
 * always holds every loaded page of the current list.
 */
export function useCatalogueCourses(query: CatalogueQuery) {
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(CatalogueCoursesDocument, {
    variables: { first: CATALOGUE_PAGE_SIZE, filter: catalogueFilter(query), sort: query.sort },
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);

  // While a new search or filter loads, the previous list stays on screen (dimmed by the page).
  const shown = data ?? (loading ? previousData : undefined);
  const connection = shown?.courses;
  const courses: CatalogueCourse[] = connection ? connection.edges.map((edge) => edge.node) : [];
  const endCursor = data?.courses.pageInfo.endCursor ?? null;
  const hasMore = Boolean(data?.courses.pageInfo.hasNextPage && endCursor);
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
    /** Nothing to show yet (first load, or a retry after an error). */
    isLoading: !connection && (loading || !error),
    /** A new search or filter is loading while the previous list is shown. */
    isRefreshing: Boolean(connection) && !data && loading,
    /** The list failed and nothing can be shown. */
    hasError: !connection && Boolean(error) && !loading,
    hasMore,
    isLoadingMore,
    loadMoreFailed,
    loadMore,
    retry,
  };
}
