export { LearningModule } from './learning.module';
export {
  CourseProgressService,
  shareOf,
  type LessonActivity,
  type LessonEventResult,
  type OpenedLesson,
  type VideoWatchActivity,
  type VideoWatchResult,
} from './course-progress.service';
export {
  MAX_REPORTED_INTERVALS,
  SKIP_TOLERANCE_SECONDS,
  applyVideoWatch,
  assertVideoWatchReport,
  creditLimit,
  furthestContiguous,
  mergeIntervals,
  totalSeconds,
  type VideoWatchReport,
  type VideoWatchState,
  type WatchedVideo,
} from './watched-intervals';
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
  notAVideoLesson,
  notEnrolled,
  videoNotWatchable,
} from './learning-errors';
