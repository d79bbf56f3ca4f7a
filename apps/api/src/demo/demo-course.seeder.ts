import { Injectable, Logger } from '@nestjs/common';
import {
  CourseModuleRepository,
  CourseRepository,
  DRAFT_VERSION,
  LessonRepository,
  type AgencyRecord,
  type CompetencyType,
  type CourseLevel,
  type CourseRecord,
} from '@lentera/db';
import { CourseStatsService } from '../course-stats/course-stats.service';
import demoCourse from './demo-course.json';

/** The demo course: the five seed articles as modules, their sections as text lessons. */
@Injectable()
export class DemoCourseSeeder {
  private readonly logger = new Logger(DemoCourseSeeder.name);

  constructor(
    private readonly courses: CourseRepository,
    private readonly modules: CourseModuleRepository,
    private readonly lessons: LessonRepository,
    private readonly courseStats: CourseStatsService,
  ) {}

  async seed(agency: AgencyRecord): Promise<CourseRecord> {
    const course =
      (await this.courses.findByAgencyAndTitle(agency.id, demoCourse.title)) ??
      (await this.courses.create({
        agencyId: agency.id,
        title: demoCourse.title,
        summary: demoCourse.summary,
        description: demoCourse.description,
        competencyType: demoCourse.competencyType as CompetencyType,
        level: demoCourse.level as CourseLevel,
        jp: demoCourse.jp,
        language: demoCourse.language,
      }));
    if ((await this.modules.findByCourseVersions([{ courseId: course.id, version: DRAFT_VERSION }])).length === 0) await this.createOutline(course.id);
    if (course.status !== 'published') await this.courses.publish(course.id, new Date());
    if (!course.stats) await this.requestStats(course.id);
    return course;
  }

  private async createOutline(courseId: string): Promise<void> {
    const created = await this.modules.createMany(
      demoCourse.modules.map((module, position) => ({ courseId, version: DRAFT_VERSION, title: module.title, position })),
    );
    await this.lessons.createMany(
      created.flatMap((module) =>
        demoCourse.modules[module.position].lessons.map((lesson, position) => ({
          courseId,
          version: DRAFT_VERSION,
          moduleId: module.id,
          title: lesson.title,
          kind: 'text' as const,
          position,
          bodyHtml: lesson.body,
        })),
      ),
    );
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
