import type { EnrolmentStatus } from '../../../gql/generated';
import { CourseEnrolmentsDocument } from '../../../gql/generated';
import { usePagedQuery } from '../../../lib/use-paged-query';

export const ENROLMENTS_PAGE_SIZE = 20;

export interface EnrolmentFilter {
  status: EnrolmentStatus | null;
  overdueOnly: boolean;
  search: string;
}

/** One page of a course's enrolments; another filter starts at page one. */
export function useCourseEnrolments(courseId: string, filter: EnrolmentFilter) {
  const { items, ...list } = usePagedQuery(CourseEnrolmentsDocument, {
    listKey: `${courseId}\n${filter.status ?? ''}\n${String(filter.overdueOnly)}\n${filter.search}`,
    variables: { courseId, status: filter.status, overdueOnly: filter.overdueOnly, search: filter.search === '' ? null : filter.search },
    pageSize: ENROLMENTS_PAGE_SIZE,
    connectionOf: (data) => data.courseEnrolments,
  });
  return { enrolments: items, ...list };
}
