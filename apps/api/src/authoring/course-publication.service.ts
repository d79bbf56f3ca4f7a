import { Injectable, Logger } from '@nestjs/common';
import {
  CourseAssetRepository,
  CourseRepository,
  DRAFT_VERSION,
  LessonRepository,
  staleCourseError,
  type CourseAssetRecord,
  type CourseRecord,
  type LessonContentRecord,
} from '@lentera/db';
import type { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { CourseStatsService } from '../course-stats/course-stats.service';
import { CourseQuizzesService } from '../quiz-bank/course-quizzes.service';
import { AuthoringAccess } from './authoring-access';
import { archivedCourseNotPublishable, courseWithoutLessons, incompleteLesson, videoNotReady } from './authoring.errors';

/** Publishing and archiving: what agency admins decide about a course. */
@Injectable()
export class CoursePublicationService {
  private readonly logger = new Logger(CoursePublicationService.name);

  constructor(
    private readonly courses: CourseRepository,
    private readonly lessons: LessonRepository,
    private readonly assets: CourseAssetRepository,
    private readonly authoring: AuthoringAccess,
    private readonly stats: CourseStatsService,
    private readonly quizzes: CourseQuizzesService,
  ) {}

  /**
   * Makes the draft at `revision` what learners see (see CourseRepository.publish). Learners in
   * the middle of the course keep their progress: lessons keep their ids across versions.
   */
  async publish(actor: Actor, courseId: string, revision: number): Promise<CourseRecord> {
    const { course } = await this.authoring.forChange(actor, courseId, Permission.PublishCourses);
    if (course.status === 'archived') throw archivedCourseNotPublishable();
    if (course.revision !== revision) throw staleCourseError();
    const lessons = await this.lessons.findContentByCourseVersions([{ courseId, version: DRAFT_VERSION }]);
    assertPublishable(lessons, await this.videosOf(courseId, lessons));
    await this.quizzes.assertPublishable(courseId, lessons);
    const published = await this.courses.publish(courseId, new Date(), revision);
    this.logger.log({ courseId, version: published.publishedVersion, revision }, 'course published');
    await this.requestStats(courseId);
    return published;
  }

  /** Out of the catalogue; enrolled learners keep the published version. Archiving twice is archiving once. */
  async archive(actor: Actor, courseId: string): Promise<CourseRecord> {
    const { course, scope } = await this.authoring.forChange(actor, courseId, Permission.PublishCourses);
    if (course.status === 'archived') return course;
    const archived = (await this.courses.archive(scope, courseId, new Date())) ?? course;
    this.logger.log({ courseId }, 'course archived');
    return archived;
  }

  /** The course's videos the draft's lessons name, in one query. */
  private async videosOf(courseId: string, lessons: readonly LessonContentRecord[]): Promise<Map<string, CourseAssetRecord>> {
    const ids = [...new Set(lessons.flatMap((lesson) => (lesson.kind === 'video' && lesson.videoId ? [lesson.videoId] : [])))];
    const videos = (await this.assets.findByIds(ids)).filter((asset) => asset.courseId === courseId && asset.kind === 'video');
    return new Map(videos.map((asset) => [asset.id, asset]));
  }

  private async requestStats(courseId: string): Promise<void> {
    try {
      await this.stats.request(courseId);
    } catch (error) {
      // The publication stands; the reading time follows with the next publication.
      this.logger.warn({ courseId, err: error }, 'course statistics not requested (queue unavailable)');
    }
  }
}

/**
 * At least one lesson; every document or link lesson has its document or address; every video
 * lesson a video that is READY, so learners never meet one still processing or broken.
 */
function assertPublishable(lessons: readonly LessonContentRecord[], videos: ReadonlyMap<string, CourseAssetRecord>): void {
  if (lessons.length === 0) throw courseWithoutLessons();
  for (const lesson of lessons) {
    if (lesson.kind === 'document' && !lesson.documentId) throw incompleteLesson(lesson.title, 'document');
    if (lesson.kind === 'video') {
      const video = lesson.videoId ? videos.get(lesson.videoId)?.video : null;
      if (!video) throw incompleteLesson(lesson.title, 'videoId');
      if (video.status !== 'ready') throw videoNotReady(lesson.title, video.status === 'failed');
    }
    if (lesson.kind === 'link' && !lesson.externalUrl) throw incompleteLesson(lesson.title, 'externalUrl');
  }
}
