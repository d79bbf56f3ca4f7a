import { Injectable, Logger } from '@nestjs/common';
import { QuizAttemptRepository } from '@lentera/db';
import { JobQueue, PermanentJobError, type JobContext, type JobHandler, type JobPayloads, type JobResults } from '@lentera/jobs';
import { QuizGradingService } from '@lentera/quiz';

/**
 * `quiz.deadline`, enqueued delayed to an attempt's deadline (+ DEADLINE_GRACE_MS) when it starts:
 * a learner who closed the tab or lost the connection is submitted as of the deadline, and the
 * grading is asked for. An attempt that is submitted but not graded gets its grading asked for
 * again too (the learner's submit could not reach the queue).
 *
 * A job that runs while the deadline is still ahead (clocks of the API and the worker apart by
 * more than the grace) throws, and BullMQ retries it with the contract's backoff (2, 4, 8, 16,
 * 32 s). It cannot put itself back with the remaining delay: its job id is the attempt's, and
 * adding a job under the id of the job that is running is a no-op.
 */
@Injectable()
export class QuizDeadlineProcessor implements JobHandler<'quiz.deadline'> {
  readonly jobName = 'quiz.deadline' as const;
  private readonly logger = new Logger(QuizDeadlineProcessor.name);

  constructor(
    private readonly grading: QuizGradingService,
    private readonly attempts: QuizAttemptRepository,
    private readonly jobs: JobQueue,
  ) {}

  async handle({ attemptId }: JobPayloads['quiz.deadline'], context: JobContext): Promise<JobResults['quiz.deadline']> {
    const now = new Date();
    const submitted = await this.grading.submitAtDeadline(attemptId, now);
    const [attempt] = await this.attempts.findSummariesByIds([attemptId]);
    if (!attempt) throw new PermanentJobError(`attempt ${attemptId} does not exist (its course was deleted?)`);
    const log = { attemptId, userId: attempt.userId, courseId: attempt.courseId, lessonId: attempt.lessonId, jobId: context.jobId };
    if (attempt.status === 'in_progress') {
      if (!attempt.deadline) {
        this.logger.warn(log, 'the attempt has no deadline: nothing to submit');
        return { submitted: false };
      }
      throw new Error(`the deadline of attempt ${attemptId} is ${attempt.deadline.getTime() - now.getTime()} ms ahead (clock difference?); retried later`);
    }
    if (attempt.status === 'submitted') await this.jobs.enqueue('quiz.grade', { attemptId });
    return { submitted };
  }
}
