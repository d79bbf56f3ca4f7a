import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DelayedError, UnrecoverableError, Worker, type Job, type WorkerOptions } from 'bullmq';
import type IORedis from 'ioredis';
import { contractOf, queueNameFor, type JobName } from './job-contracts';
import { JOB_HANDLERS, type JobHandler } from './job-handler';
import { buildHandlerRegistry } from './handler-registry';
import { QUEUE_PREFIX } from './job-queue';

export const WORKER_REDIS = Symbol('WORKER_REDIS');

/** Jobs of a kind whose contract says nothing else run two at a time, under BullMQ's default locks. */
const DEFAULT_CONCURRENCY = 2;

/**
 * A job its worker's shutdown interrupted waits this long before it runs again. Not at once:
 * a closing BullMQ worker may still take one job (its blocked fetch wakes up as it closes),
 * and would start the job it just gave back.
 */
const INTERRUPTED_JOB_DELAY_MS = 5_000;

/**
 * Runs one BullMQ worker per job name and hands each job to its handler, with the concurrency
 * and stall detection the job's contract asks for (`worker` in job-contracts.ts).
 */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly registry: Map<JobName, JobHandler>;
  private readonly workers: Worker[] = [];
  private stopping = false;

  constructor(
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    @Inject(WORKER_REDIS) private readonly connection: IORedis,
    @Inject(QUEUE_PREFIX) private readonly prefix: string,
  ) {
    this.registry = buildHandlerRegistry(handlers);
  }

  onApplicationBootstrap(): void {
    for (const [name, handler] of this.registry) {
      const worker = new Worker(queueNameFor(name), (job: Job, token?: string) => this.run(handler, job, token), {
        connection: this.connection,
        prefix: this.prefix,
        ...workerOptionsFor(name),
      });
      // Connection errors are reported once by the connection itself (redis-connection.ts).
      worker.on('error', () => undefined);
      worker.on('failed', (job, error) => {
        if (!job) return;
        const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
        this.logger.warn(
          { jobId: job.id, attempt: job.attemptsMade, final },
          `${job.name} failed${final ? '' : ', will retry'}: ${error.message}`,
        );
      });
      worker.on('stalled', (jobId) => this.logger.warn({ jobId }, `${name} stalled (its worker stopped answering); it runs again`));
      this.workers.push(worker);
    }
    this.logger.log(`handling ${[...this.registry.keys()].join(', ')}`);
  }

  /**
   * Before any shutdown hook runs (a handler may abort its long work in its own hook, see
   * VideoTranscodeProcessor), so that a job failing because of the shutdown is put back.
   */
  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  async onApplicationShutdown(): Promise<void> {
    // close() waits for running jobs to finish, so a clean stop loses no work.
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.connection.disconnect();
  }

  private async run(handler: JobHandler, job: Job, token: string | undefined): Promise<unknown> {
    const parsed = contractOf(handler.jobName).payload.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid payload: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    }
    const jobId = job.id ?? 'unknown';
    this.logger.debug({ jobId }, `${job.name} started`);
    try {
      const result = await handler.handle(parsed.data as never, {
        jobId,
        attempt: job.attemptsMade + 1,
        reportProgress: (percent) => job.updateProgress(Math.max(0, Math.min(100, Math.round(percent)))),
      });
      this.logger.log({ jobId }, `${job.name} completed`);
      return result;
    } catch (error) {
      if (!this.stopping || error instanceof UnrecoverableError || token === undefined) throw error;
      // Interrupted by the shutdown, not by a fault of the job: back to the queue without
      // using up an attempt, for the next worker to run from the start.
      await job.moveToDelayed(Date.now() + INTERRUPTED_JOB_DELAY_MS, token);
      this.logger.log({ jobId }, `${job.name} interrupted by the shutdown; it runs again on the next worker`);
      throw new DelayedError();
    }
  }
}

function workerOptionsFor(name: JobName): Pick<WorkerOptions, 'concurrency' | 'lockDuration' | 'stalledInterval' | 'maxStalledCount'> {
  const options = contractOf(name).worker ?? {};
  return {
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    ...(options.lockDurationMs !== undefined ? { lockDuration: options.lockDurationMs } : {}),
    ...(options.stalledIntervalMs !== undefined ? { stalledInterval: options.stalledIntervalMs } : {}),
    ...(options.maxStalledCount !== undefined ? { maxStalledCount: options.maxStalledCount } : {}),
  };
}
