import { Injectable, Logger } from '@nestjs/common';
import {
  CourseAssetRepository,
  CourseCatalogueRepository,
  CourseCompletionRepository,
  CourseModuleRepository,
  EnrolmentRepository,
  LessonProgressRepository,
  LessonRepository,
  learningStatuses,
  type EnrolmentRecord,
  type LessonProgressRecord,
  type LessonRecord,
  type LiveCourseRecord,
  type VideoProgressRecord,
  type WatchedInterval,
} from '@lentera/db';
import { JobQueue } from '@lentera/jobs';
import { isCourseComplete, isLessonLocked, lessonsInCourseOrder, previousLesson, requiredProgress, type CoursePath } from './course-path';
import { completesLesson, eventFromLearnerReport, type LessonEvent } from './lesson-completion';
import { assertSecondsSpent, assertValidId, courseNotFound, lessonLocked, lessonNotFound, notAVideoLesson, notEnrolled, videoNotWatchable } from './learning-errors';
import { applyVideoWatch, assertVideoWatchReport } from './watched-intervals';

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

/** A lesson a learner may open now: enrolled (active or completed), in the published version, not locked. */
export interface OpenedLesson {
  course: LiveCourseRecord;
  lesson: LessonRecord;
  enrolment: EnrolmentRecord;
}

export interface VideoWatchActivity extends LessonActivity {
  positionSeconds: number;
  /** What the player played since it opened, in seconds. */
  watched: readonly WatchedInterval[];
}

export interface VideoWatchResult extends LessonEventResult {
  /** Share of the video watched, by distinct seconds, 0..1. */
  watchedShare: number;
  positionSeconds: number;
}

/** A lesson a report is about, once the learner, the order and the locks were checked. */
interface LessonStep {
  course: LiveCourseRecord;
  lesson: LessonRecord;
  /** The learner's row for the lesson before this report. */
  row: LessonProgressRecord | undefined;
}

/** What a report establishes: the event, and for video lessons the state to store. */
interface LessonJudgement {
  event: LessonEvent;
  video?: VideoProgressRecord;
}

/**
 * Records what happened in a lesson and, when it finishes the course, the completion (once).
 * Every kind of report (a learner's, the video player's, later the quiz grader's) goes through
 * `record`: the same enrolment, order and lock checks, the same completion. Used by the API and,
 * later, by the worker: it depends on repositories only.
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
    private readonly assets: CourseAssetRepository,
    private readonly jobs: JobQueue,
  ) {}

  /** A learner's client reports time spent and whether the end of the lesson was reached. */
  recordLearnerReport(activity: LessonActivity & { reachedEnd: boolean }): Promise<LessonEventResult> {
    return this.record(activity, ({ lesson }) => eventOnly(eventFromLearnerReport(lesson.kind, activity.reachedEnd)));
  }

  /** A job (quiz grading) reports an event it established. */
  recordLessonEvent(activity: LessonActivity & { event: LessonEvent }): Promise<LessonEventResult> {
    return this.record(activity, () => eventOnly(activity.event));
  }

  /**
   * The player of a video lesson reports where the learner is and what they played. The
   * intervals are merged into the learner's row (see applyVideoWatch); the lesson is done once
   * enough of the video was watched (VIDEO_DONE_SHARE), through the same path as every report.
   */
  async recordVideoWatch(activity: VideoWatchActivity): Promise<VideoWatchResult> {
    assertVideoWatchReport(activity);
    const { judgement, ...result } = await this.record(activity, async ({ course, lesson, row }) => {
      if (lesson.kind !== 'video') throw notAVideoLesson();
      const video = await this.watchableVideo(course, lesson);
      // Intervals of another video (the lesson's video was replaced) do not count for this one.
      const before = row?.video?.videoId === video.id ? row.video.watched : [];
      const state = applyVideoWatch(before, activity, { durationSeconds: video.durationSeconds, preventSkippingAhead: course.preventSkippingAhead });
      return {
        event: { type: 'watched', share: state.share } satisfies LessonEvent,
        video: { videoId: video.id, durationSeconds: video.durationSeconds, positionSeconds: state.positionSeconds, watched: state.watched, watchedSeconds: state.watchedSeconds },
      };
    });
    return { ...result, watchedShare: shareOf(judgement.video), positionSeconds: judgement.video.positionSeconds };
  }

  /**
   * The checks every report makes, without recording anything: for features that act inside a
   * lesson (starting a quiz attempt) and must refuse exactly what a report would refuse.
   */
  async openLesson(key: Pick<LessonActivity, 'userId' | 'courseId' | 'lessonId'>): Promise<OpenedLesson> {
    assertValidId(key.courseId, 'course');
    assertValidId(key.lessonId, 'lesson');
    const { course, enrolment } = await this.learnerInCourse(key);
    const { lesson } = await this.unlockedLesson(course, key);
    return { course, lesson, enrolment };
  }

  private async record<Judgement extends LessonJudgement>(
    activity: LessonActivity,
    judge: (step: LessonStep) => Judgement | Promise<Judgement>,
  ): Promise<LessonEventResult & { judgement: Judgement }> {
    // Everything is checked before the first write: a refused report writes nothing.
    assertValidId(activity.courseId, 'course');
    assertValidId(activity.lessonId, 'lesson');
    assertSecondsSpent(activity.secondsSpent);
    const { course, enrolment } = await this.learnerInCourse(activity);
    const { lesson, ordered, before, path } = await this.unlockedLesson(course, activity);
    const judgement = await judge({ course, lesson, row: before.find((row) => row.lessonId === lesson.id) });
    const done = completesLesson(lesson.kind, judgement.event);
    const now = new Date();
    await this.progress.record({ ...activity, completes: done && !path.doneLessonIds.has(lesson.id), at: now, video: judgement.video });
    // Read again after the write: two reports finishing different lessons at the same moment
    // each see the other's, so the later of them completes the course.
    const counters = requiredProgress(pathOf(ordered, await this.progress.findByLearnerCourse(activity)));
    await this.enrolments.recordActivity(enrolment.id, { lessonId: lesson.id, at: now, secondsSpent: activity.secondsSpent, ...counters });
    const courseCompletedNow = enrolment.status !== 'completed' && isCourseComplete(counters) && (await this.complete(course, enrolment, now));
    return { enrolment: (await this.enrolments.findById(enrolment.id)) ?? enrolment, lesson, courseCompletedNow, judgement };
  }

  /** The lesson in the published version with the learner's progress, refused when unknown or locked. */
  private async unlockedLesson(course: LiveCourseRecord, key: Pick<LessonActivity, 'userId' | 'courseId' | 'lessonId'>) {
    const outline = { courseId: course.id, version: course.publishedVersion };
    const [modules, lessons, before] = await Promise.all([
      this.modules.findByCourseVersions([outline]),
      this.lessons.findByCourseVersions([outline]),
      this.progress.findByLearnerCourse(key),
    ]);
    const ordered = lessonsInCourseOrder(modules, lessons);
    const lesson = ordered.find((candidate) => candidate.id === key.lessonId);
    if (!lesson) throw lessonNotFound();
    const path = pathOf(ordered, before);
    if (isLessonLocked(path, lesson.id)) throw lessonLocked(previousLesson(path, lesson.id)?.title ?? '');
    return { lesson, ordered, before, path };
  }

  /** The lesson's video in the published version, when it is a READY video of the course. */
  private async watchableVideo(course: LiveCourseRecord, lesson: LessonRecord): Promise<{ id: string; durationSeconds: number }> {
    const content = await this.lessons.findContent({ courseId: course.id, version: course.publishedVersion }, lesson.id);
    const asset = content?.videoId ? await this.assets.findById(content.videoId) : null;
    if (!asset?.video || asset.courseId !== course.id || asset.video.status !== 'ready' || !(asset.video.durationSeconds > 0)) throw videoNotWatchable();
    return { id: asset.id, durationSeconds: asset.video.durationSeconds };
  }

  private async learnerInCourse(activity: Pick<LessonActivity, 'userId' | 'courseId'>): Promise<{ course: LiveCourseRecord; enrolment: EnrolmentRecord }> {
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
   * Records the completion with the JP the course credits now, exactly once (unique index), marks
   * the enrolment completed and queues its certificate. The mark is also made when the row already existed: a crash
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
      // The certificate is the worker's (numbered, signed, rendered); with Redis down now, the
      // worker's start-up requeue finds the completion without one.
      await this.jobs.enqueueIfAvailable('certificate.issue', { completionId: completion.id });
    }
    return created;
  }
}

function eventOnly(event: LessonEvent): LessonJudgement {
  return { event };
}

/** A row's share of its video watched, 0..1. */
export function shareOf(video: Pick<VideoProgressRecord, 'watchedSeconds' | 'durationSeconds'>): number {
  return video.durationSeconds > 0 ? Math.min(1, video.watchedSeconds / video.durationSeconds) : 0;
}

function pathOf(lessons: readonly LessonRecord[], progress: readonly LessonProgressRecord[]): CoursePath {
  return { lessons, doneLessonIds: new Set(progress.filter((row) => row.state === 'done').map((row) => row.lessonId)) };
}
