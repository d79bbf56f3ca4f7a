import type { CourseStatus } from '../../gql/generated';
import { AuthoringCoursesDocument } from '../../gql/generated';
import { usePagedQuery } from '../../lib/use-paged-query';

export const COURSES_PAGE_SIZE = 20;

/** One page of an agency's courses at a time; another agency or status starts over. */
export function useAuthoringCourses(agencyId: string, status: CourseStatus | null) {
  const { items, ...list } = usePagedQuery(AuthoringCoursesDocument, {
    listKey: `${agencyId}\n${status ?? ''}`,
    variables: { agencyId, status },
    pageSize: COURSES_PAGE_SIZE,
    connectionOf: (data) => data.authoringCourses,
  });
  return { courses: items, ...list };
}
