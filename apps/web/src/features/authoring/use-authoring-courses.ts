import { useQuery } from '@apollo/client/react';
import { AuthoringCoursesDocument } from '../../gql/generated';
import type { AuthoringCourseRowFragment, CourseStatus } from '../../gql/generated';
import { useCursorPages } from '../course-admin/use-cursor-pages';

export const COURSES_PAGE_SIZE = 20;

/** One page of an agency's courses at a time; another agency or status starts over. */
export function useAuthoringCourses(agencyId: string, status: CourseStatus | null) {
  const pages = useCursorPages(`${agencyId}\n${status ?? ''}`);
  const { data, previousData, loading, error, refetch } = useQuery(AuthoringCoursesDocument, {
    variables: { agencyId, status, first: COURSES_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  // Keep the previous page on screen while the next one loads.
  const connection = (data ?? (loading ? previousData : undefined))?.authoringCourses;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const courses: AuthoringCourseRowFragment[] = connection?.edges.map((edge) => edge.node) ?? [];
  return {
    courses,
    totalCount: connection?.totalCount ?? 0,
    /** Zero-based index of the first course on this page. */
    offset: pages.pageIndex * COURSES_PAGE_SIZE,
    hasNext: Boolean(data?.authoringCourses.pageInfo.hasNextPage && endCursor),
    hasPrevious: pages.pageIndex > 0,
    goNext: () => {
      pages.goNext(endCursor);
    },
    goPrevious: pages.goPrevious,
    isLoading: !connection && loading,
    isRefreshing: loading,
    error: connection ? undefined : error,
    retry: () => refetch().catch(() => undefined),
  };
}
