import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QuizAttemptRepository } from '@lentera/db';
import { JobQueue } from '@lentera/jobs';

/** Per kind and start; more wait for the next one (a backlog that size means something else is wrong). */
const REQUEUE_LIMIT = 500;

/**
 * When the worker starts, queues what the attempts say is still to do: the deadline job of
 * every attempt in progress past its deadline, and the grading of every submitted attempt not
 * graded yet (Redis was down at the submit, or the queue's data was lost). A job still queued
 * or running (a stalled one the queue hands on) is not added twice: its id is the attempt's.
 */
@Injectable()
export class PendingQuizRequeue implements OnApplicationBootstrap {
  private readonly logger = new Logger(PendingQuizRequeue.name);

  constructor(
    private readonly attempts: QuizAttemptRepository,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const overdue = await this.attempts.findOverdueIds(new Date(), REQUEUE_LIMIT);
      for (const attemptId of overdue) await this.jobs.enqueue('quiz.deadline', { attemptId });
      const submitted = await this.attempts.findSubmittedIds(REQUEUE_LIMIT);
      for (const attemptId of submitted) await this.jobs.enqueue('quiz.grade', { attemptId });
      if (overdue.length + submitted.length > 0) {
        this.logger.log({ overdue: overdue.length, submitted: submitted.length }, 'queued the quiz attempts still waiting for their deadline or grading');
      }
    } catch (error) {
      // Never a reason not to start: the next start tries again.
      this.logger.warn({ err: error }, 'could not queue the quiz attempts still waiting for their deadline or grading');
    }
  }
}
