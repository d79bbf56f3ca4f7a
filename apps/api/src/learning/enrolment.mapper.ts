import type {
  EnrolmentRecord,
  EnrolmentSource as StoredEnrolmentSource,
  EnrolmentStatus as StoredEnrolmentStatus,
  LessonProgressRecord,
  UserRecord,
} from '@lentera/db';
import { EnrolledLearnerModel, EnrolmentModel, EnrolmentSource, EnrolmentStatus, LessonState } from './enrolment.model';

const statuses: Record<StoredEnrolmentStatus, EnrolmentStatus> = {
  pending: EnrolmentStatus.PENDING,
  active: EnrolmentStatus.ACTIVE,
  completed: EnrolmentStatus.COMPLETED,
  left: EnrolmentStatus.LEFT,
  rejected: EnrolmentStatus.REJECTED,
};

const sources: Record<StoredEnrolmentSource, EnrolmentSource> = {
  self: EnrolmentSource.SELF,
  assignment: EnrolmentSource.ASSIGNMENT,
};

export function toEnrolmentModel(record: EnrolmentRecord, now = new Date()): EnrolmentModel {
  return {
    id: record.id,
    userId: record.userId,
    courseId: record.courseId,
    lastLessonId: record.lastLessonId,
    status: statuses[record.status],
    source: sources[record.source],
    requestedAt: record.requestedAt,
    enrolledAt: record.enrolledAt,
    dueAt: record.dueAt,
    overdue: record.status === 'active' && record.dueAt !== null && record.dueAt.getTime() < now.getTime(),
    completedAt: record.completedAt,
    leftAt: record.leftAt,
    lastActivityAt: record.lastActivityAt,
    timeSpentSeconds: record.timeSpentSeconds,
  };
}

export function toEnrolledLearnerModel(record: UserRecord): EnrolledLearnerModel {
  return { id: record.id, fullName: record.fullName, nip: record.nip, workUnit: record.workUnit, position: record.position };
}

/** No row is "not started". */
export function lessonStateOf(row: LessonProgressRecord | undefined): LessonState {
  if (!row) return LessonState.NOT_STARTED;
  return row.state === 'done' ? LessonState.DONE : LessonState.IN_PROGRESS;
}
