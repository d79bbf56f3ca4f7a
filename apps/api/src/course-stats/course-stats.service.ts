import { Injectable, Logger } from '@nestjs/common';
import { JobQueue, type EnqueuedJob } from '@lentera/jobs';

@Injectable()
export class CourseStatsService {
  private readonly logger = new Logger(CourseStatsService.name);

  constructor(private readonly jobs: JobQueue) {}

  /** Asks the worker to (re)compute a course's statistics; the result lands on the course. */
  async request(courseId: string): Promise<EnqueuedJob> {
    const job = await this.jobs.enqueue('course.stats', { courseId });
    this.logger.log({ courseId, jobId: job.id }, 'course statistics requested');
    return job;
  }
}
