import type { EnrolmentStatus, EnrolmentSummaryFragment } from '../../gql/generated';
import { coursePath, lessonPath } from '../course/course-path';

/** Statuses in which the learner may open the course's lessons. */
const LEARNING_STATUSES: readonly EnrolmentStatus[] = ['ACTIVE', 'COMPLETED'];

export function canOpenLessons(enrolment: Pick<EnrolmentSummaryFragment, 'status'> | null | undefined): boolean {
  return Boolean(enrolment && LEARNING_STATUSES.includes(enrolment.status));
}

/** Nothing done and nothing opened yet: "Mulai" rather than "Lanjutkan". */
export function hasNotStarted(enrolment: Pick<EnrolmentSummaryFragment, 'progress' | 'lastActivityAt'>): boolean {
  return enrolment.progress.doneRequired === 0 && !enrolment.lastActivityAt;
}

/** Where "continue" leads: the lesson the server chose to resume (see the contract), else the course page. */
export function continuePath(courseId: string, enrolment: Pick<EnrolmentSummaryFragment, 'resumeLesson'>): string {
  return enrolment.resumeLesson ? lessonPath(courseId, enrolment.resumeLesson.id) : coursePath(courseId);
}
