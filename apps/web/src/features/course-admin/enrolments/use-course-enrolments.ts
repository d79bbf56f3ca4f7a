import { useQuery } from '@apollo/client/react';
import { CourseEnrolmentsDocument } from '../../../gql/generated';
import type { CourseEnrolmentRowFragment, EnrolmentStatus } from '../../../gql/generated';
import { useCursorPages } from '../use-cursor-pages';

export const ENROLMENTS_PAGE_SIZE = 20;

export interface EnrolmentFilter {
  status: EnrolmentStatus | null;
  overdueOnly: boolean;
  search: string;
}

/** One page of a course's enrolments; another filter starts at page one. */
export function useCourseEnrolments(courseId: string, filter: EnrolmentFilter) {
  const pages = useCursorPages(`${courseId}\n${filter.status ?? ''}\n${String(filter.overdueOnly)}\n${filter.search}`);
  const { data, previousData, loading, error, refetch } = useQuery(CourseEnrolmentsDocument, {
    variables: {
      courseId,
      status: filter.status,
      overdueOnly: filter.overdueOnly,
      search: filter.search === '' ? null : filter.search,
      first: ENROLMENTS_PAGE_SIZE,
      after: pages.after,
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? (loading ? previousData : undefined))?.courseEnrolments;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const enrolments: CourseEnrolmentRowFragment[] = connection?.edges.map((edge) => edge.node) ?? [];
  return {
    enrolments,
    totalCount: connection?.totalCount ?? 0,
    offset: pages.pageIndex * ENROLMENTS_PAGE_SIZE,
    hasNext: Boolean(data?.courseEnrolments.pageInfo.hasNextPage && endCursor),
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
