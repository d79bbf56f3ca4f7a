export { LearningModule } from './learning.module';
export { CourseProgressService, type LessonActivity, type LessonEventResult } from './course-progress.service';
export { VIDEO_DONE_SHARE, completesLesson, eventFromLearnerReport, type LessonEvent } from './lesson-completion';
export {
  countedLessons,
  isCourseComplete,
  isLessonLocked,
  lessonsInCourseOrder,
  previousLesson,
  progressPercent,
  requiredProgress,
  resumeLesson,
  type CoursePath,
  type RequiredProgress,
} from './course-path';
export {
  MAX_SECONDS_PER_REPORT,
  assertSecondsSpent,
  assertValidId,
  courseNotFound,
  lessonLocked,
  lessonNotFound,
  notEnrolled,
} from './learning-errors';
