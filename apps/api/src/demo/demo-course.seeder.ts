import { Injectable, Logger } from '@nestjs/common';
import {
  CourseModuleRepository,
  CourseRepository,
  DRAFT_VERSION,
  LessonRepository,
  UserRepository,
  type AgencyRecord,
  type CompetencyType,
  type CourseLevel,
  type CourseRecord,
  type EnrolmentPolicy,
} from '@lentera/db';
import { actorOf } from '../auth/actor';
import { CoursePublicationService } from '../authoring/course-publication.service';
import { plainTextToHtml, sanitizeRichText } from '../authoring/rich-text';
import { CourseStatsService } from '../course-stats/course-stats.service';
import { demoAccounts } from './demo-accounts';
import demoCourse from './demo-course.json';
import { demoLessonCount, demoModules } from './demo-outline';
import { DemoQuizSeeder } from './demo-quiz.seeder';

const demoEmailWith = (role: 'instructor' | 'admin') => demoAccounts.find((account) => account.roles.includes(role))!.email;
const DEMO_INSTRUCTOR = demoEmailWith('instructor');
const DEMO_ADMIN = demoEmailWith('admin');

/**
 * The demo course: the five seed articles as modules, their sections as text lessons, between a
 * pre-test at the start and a post-test and an essay reflection at the end (DemoQuizSeeder). It is
 * built the way an instructor builds one (a draft, its outline, sanitized HTML) and published
 * through the same path an agency admin uses. Every step checks before it acts, so a seed that
 * was interrupted completes on the next start and a second run changes nothing.
 */
@Injectable()
export class DemoCourseSeeder {
  private readonly logger = new Logger(DemoCourseSeeder.name);

  constructor(
    private readonly courses: CourseRepository,
    private readonly modules: CourseModuleRepository,
    private readonly lessons: LessonRepository,
    private readonly users: UserRepository,
    private readonly publication: CoursePublicationService,
    private readonly courseStats: CourseStatsService,
    private readonly quizzes: DemoQuizSeeder,
  ) {}

  async seed(agency: AgencyRecord): Promise<CourseRecord> {
    const course = (await this.courses.findByAgencyAndTitle(agency.id, demoCourse.title)) ?? (await this.createDraft(agency));
    // Once published, the course is the agency's: later runs leave its draft and versions alone.
    if (course.publishedVersion > 0) {
      if (!course.stats) await this.requestStats(course.id);
      return course;
    }
    await this.ensureOutline(course.id);
    // After the outline: a rewritten outline has new quiz lessons, which need their settings again.
    await this.quizzes.seed(course);
    return this.publish(course);
  }

  private async createDraft(agency: AgencyRecord): Promise<CourseRecord> {
    const instructor = await this.users.findByEmail(DEMO_INSTRUCTOR);
    return this.courses.create({
      agencyId: agency.id,
      createdBy: instructor?.id,
      title: demoCourse.title,
      summary: demoCourse.summary,
      description: demoCourse.description,
      competencyType: demoCourse.competencyType as CompetencyType,
      level: demoCourse.level as CourseLevel,
      jp: demoCourse.jp,
      estimatedMinutes: demoCourse.estimatedMinutes,
      tags: demoCourse.tags,
      language: demoCourse.language,
      learningOutcomes: demoCourse.learningOutcomes,
      enrolmentPolicy: demoCourse.enrolmentPolicy as EnrolmentPolicy,
    });
  }

  /** The draft outline, complete; one left half-written by an interrupted seed is written again. */
  private async ensureOutline(courseId: string): Promise<void> {
    const draft = { courseId, version: DRAFT_VERSION };
    const [modules, lessons] = await Promise.all([this.modules.findDraft(courseId), this.lessons.countInVersion(draft)]);
    if (modules.length === demoModules.length && lessons === demoLessonCount) return;
    await Promise.all([this.modules.deleteVersion(courseId, DRAFT_VERSION), this.lessons.deleteVersion(courseId, DRAFT_VERSION)]);
    const created = await this.modules.createMany(
      demoModules.map((module, position) => ({ courseId, version: DRAFT_VERSION, title: module.title, position })),
    );
    await this.lessons.createMany(
      created.flatMap((module) =>
        demoModules[module.position].lessons.map((lesson, position) => ({
          courseId,
          version: DRAFT_VERSION,
          moduleId: module.id,
          title: lesson.title,
          position,
          required: lesson.required ?? true,
          // Quiz lessons get their questions and settings from DemoQuizSeeder.
          ...(lesson.quiz
            ? { kind: 'quiz' as const }
            : { kind: 'text' as const, bodyHtml: sanitizeRichText(plainTextToHtml(lesson.body ?? ''), { allowedImageIds: new Set() }) }),
        })),
      ),
    );
  }

  /** As the demo agency admin (publishing is an admin's decision), at the draft's current revision. */
  private async publish(course: CourseRecord): Promise<CourseRecord> {
    const admin = await this.users.findByEmail(DEMO_ADMIN);
    if (!admin) throw new Error(`the demo admin ${DEMO_ADMIN} is missing (accounts are seeded before the course)`);
    const published = await this.publication.publish(actorOf(admin, 'demo-seed'), course.id, course.revision);
    this.logger.log({ courseId: course.id, version: published.publishedVersion }, 'demo course published');
    return published;
  }

  private async requestStats(courseId: string): Promise<void> {
    try {
      await this.courseStats.request(courseId);
    } catch {
      // Redis is down: the course still shows, without a reading time until the next start.
      this.logger.warn({ courseId }, 'course statistics not requested (queue unavailable)');
    }
  }
}
