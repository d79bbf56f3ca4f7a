import { Injectable, Logger } from '@nestjs/common';
import { PermanentJobError, type JobContext, type JobHandler, type JobPayloads, type JobResults } from '@lentera/jobs';
import { QuizGradingService } from '@lentera/quiz';

/**
 * `quiz.grade`: a submitted attempt gets its grading, exactly once however often the job runs
 * (QuizGradingService: the unique grading per attempt). A run that throws (the database went
 * away) is retried; a worker killed mid-run leaves the job stalled, and the next worker runs it
 * again once the dead one's lock ran out: the grading that was stored, if any, stands.
 */
@Injectable()
export class QuizGradeProcessor implements JobHandler<'quiz.grade'> {
  readonly jobName = 'quiz.grade' as const;
  private readonly logger = new Logger(QuizGradeProcessor.name);

  constructor(private readonly grading: QuizGradingService) {}

  async handle({ attemptId }: JobPayloads['quiz.grade'], context: JobContext): Promise<JobResults['quiz.grade']> {
    const { outcome, graded } = await this.grading.grade(attemptId);
    switch (outcome) {
      case 'missing':
        throw new PermanentJobError(`attempt ${attemptId} does not exist (its course was deleted?)`);
      case 'not_submitted':
        // Not an error, and not retried: the submit or the deadline job enqueues the grading
        // again (a completed job is removed, so its id is free for that).
        this.logger.warn({ attemptId, jobId: context.jobId }, 'the attempt is still in progress; it is graded once submitted');
        return { status: 'not_submitted', graded: false };
      case 'graded':
      case 'awaiting_grading':
        return { status: outcome, graded };
    }
  }
}
