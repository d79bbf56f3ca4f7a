import { Injectable, Logger } from '@nestjs/common';
import {
  CourseCatalogueRepository,
  CourseCompletionRepository,
  CourseModuleRepository,
  EnrolmentRepository,
  LessonProgressRepository,
  LessonRepository,
  learningStatuses,
  type EnrolmentRecord,
  type LessonKind,
  type LessonProgressRecord,
  type LessonRecord,
  type LiveCourseRecord,
} from '@lentera/db';
import { isCourseComplete, isLessonLocked, lessonsInCourseOrder, previousLesson, requiredProgress, type CoursePath } from './course-path';
import { completesLesson, eventFromLearnerReport, type LessonEvent } from './lesson-completion';
import { assertSecondsSpent, assertValidId, courseNotFound, lessonLocked, lessonNotFound, notEnrolled } from './learning-errors';

export interface LessonActivity {
  userId: string;
  courseId: string;
  /** The stable lesson id. */
  lessonId: string;
  /** Time spent since the previous report, 0..600 seconds. */
  secondsSpent: number;
}

export interface LessonEventResult {
  enrolment: EnrolmentRecord;
  lesson: LessonRecord;
  /** True for the one call that completed the course; a completion is never recorded twice. */
  courseCompletedNow: boolean;
}

/**
 * Records what happened in a lesson and, when it finishes the course, the completion (once).
 * Used by the API for learners' reports and, later, by the worker for graded quizzes and watched
 * videos: it depends on repositories only.
 */
@Injectable()
export class CourseProgressService {
  private readonly logger = new Logger(CourseProgressService.name);

  constructor(
    private readonly courses: CourseCatalogueRepository,
    private readonly modules: CourseModuleRepository,
    private readonly lessons: LessonRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly progress: LessonProgressRepository,
    private readonly completions: CourseCompletionRepository,
  ) {}

  /** A learner's client reports time spent and whether the end of the lesson was reached. */
  recordLearnerReport(activity: LessonActivity & { reachedEnd: boolean }): Promise<LessonEventResult> {
    return this.record(activity, (kind) => eventFromLearnerReport(kind, activity.reachedEnd));
  }

  /** A job (quiz grading, video playback) reports an event it established. */
  recordLessonEvent(activity: LessonActivity & { event: LessonEvent }): Promise<LessonEventResult> {
    return this.record(activity, () => activity.event);
  }

  private async record(activity: LessonActivity, eventFor: (kind: LessonKind) => LessonEvent): Promise<LessonEventResult> {
    // Everything is checked before the first write: a refused report writes nothing.
    assertValidId(activity.courseId, 'course');
    assertValidId(activity.lessonId, 'lesson');
    assertSecondsSpent(activity.secondsSpent);
    const { course, enrolment } = await this.learnerInCourse(activity);
    const outline = { courseId: course.id, version: course.publishedVersion };
    const [modules, lessons, before] = await Promise.all([
      this.modules.findByCourseVersions([outline]),
      this.lessons.findByCourseVersions([outline]),
      this.progress.findByLearnerCourse(activity),
    ]);
    const ordered = lessonsInCourseOrder(modules, lessons);
    const lesson = ordered.find((candidate) => candidate.id === activity.lessonId);
    if (!lesson) throw lessonNotFound();
    const path = pathOf(ordered, before);
    if (isLessonLocked(path, lesson.id)) throw lessonLocked(previousLesson(path, lesson.id)?.title ?? '');
    const done = completesLesson(lesson.kind, eventFor(lesson.kind));

    const now = new Date();
    await this.progress.record({ ...activity, completes: done && !path.doneLessonIds.has(lesson.id), at: now });
    // Read again after the write: two reports finishing different lessons at the same moment
    // each see the other's, so the later of them completes the course.
    const counters = requiredProgress(pathOf(ordered, await this.progress.findByLearnerCourse(activity)));
    await this.enrolments.recordActivity(enrolment.id, { lessonId: lesson.id, at: now, secondsSpent: activity.secondsSpent, ...counters });
    const courseCompletedNow = enrolment.status !== 'completed' && isCourseComplete(counters) && (await this.complete(course, enrolment, now));
    return { enrolment: (await this.enrolments.findById(enrolment.id)) ?? enrolment, lesson, courseCompletedNow };
  }

  private async learnerInCourse(activity: LessonActivity): Promise<{ course: LiveCourseRecord; enrolment: EnrolmentRecord }> {
    const [course, enrolment] = await Promise.all([
      this.courses.findLiveById(activity.courseId),
      this.enrolments.findByUserAndCourse(activity.userId, activity.courseId),
    ]);
    if (!course) throw courseNotFound();
    // A completed learner may come back to a lesson: the completion is not repeated.
    if (!enrolment || !learningStatuses.includes(enrolment.status)) throw notEnrolled();
    return { course, enrolment };
  }

  /**
   * Records the completion with the JP the course credits now, exactly once (unique index), and
   * marks the enrolment completed. The mark is also made when the row already existed: a crash
   * between the two writes is repaired by the next report.
   */
  private async complete(course: LiveCourseRecord, enrolment: EnrolmentRecord, now: Date): Promise<boolean> {
    const { completion, created } = await this.completions.recordOnce({
      userId: enrolment.userId,
      courseId: course.id,
      agencyId: course.agencyId,
      enrolmentId: enrolment.id,
      completedAt: now,
      jp: course.jp,
      competencyType: course.competencyType,
      courseTitle: course.title,
    });
    await this.enrolments.markCompleted(enrolment.id, completion.completedAt);
    if (created) {
      this.logger.log({ userId: enrolment.userId, courseId: course.id, enrolmentId: enrolment.id, completionId: completion.id, jp: completion.jp }, 'course completed');
    }
    return created;
  }
}

function pathOf(lessons: readonly LessonRecord[], progress: readonly LessonProgressRecord[]): CoursePath {
  return { lessons, doneLessonIds: new Set(progress.filter((row) => row.state === 'done').map((row) => row.lessonId)) };
}
