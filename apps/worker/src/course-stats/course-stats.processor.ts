import { Injectable, Logger } from '@nestjs/common';
import { CourseRepository, LessonRepository } from '@lentera/db';
import { PermanentJobError, type JobContext, type JobHandler, type JobPayloads, type JobResults } from '@lentera/jobs';
import { computeReadingStats } from './reading-stats';

/** `course.stats`: counts the published version's lessons and words and stores the reading-time estimate. */
@Injectable()
export class CourseStatsProcessor implements JobHandler<'course.stats'> {
  readonly jobName = 'course.stats' as const;
  private readonly logger = new Logger(CourseStatsProcessor.name);

  constructor(
    private readonly courses: CourseRepository,
    private readonly lessons: LessonRepository,
  ) {}

  async handle({ courseId }: JobPayloads['course.stats'], context: JobContext): Promise<JobResults['course.stats']> {
    const course = await this.courses.findById(courseId);
    if (!course) throw new PermanentJobError(`course ${courseId} does not exist`);
    if (course.publishedVersion === 0) {
      // Learners read the published version; a draft's numbers would describe what they cannot see.
      // Not a failure: a failed job keeps its id for days, which would swallow the request after publication.
      this.logger.log({ courseId, jobId: context.jobId }, 'course not published yet; no statistics');
      return { lessonCount: 0, wordCount: 0, readingMinutes: 0 };
    }
    const stats = computeReadingStats(await this.lessons.findBodies({ courseId, version: course.publishedVersion }));
    await context.reportProgress(50);
    // Writing the same numbers twice is harmless, so a retried job needs no guard.
    await this.courses.saveStats(courseId, { ...stats, computedAt: new Date() });
    this.logger.log({ courseId, jobId: context.jobId, ...stats }, 'course statistics saved');
    return stats;
  }
}
