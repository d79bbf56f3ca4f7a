import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type IORedis from 'ioredis';
import { jobContracts, queueNameFor, type JobName } from './job-contracts';
import { JOB_HANDLERS, type JobHandler } from './job-handler';
import { buildHandlerRegistry } from './handler-registry';
import { QUEUE_PREFIX } from './job-queue';

export const WORKER_REDIS = Symbol('WORKER_REDIS');

/** Runs one BullMQ worker per job name and hands each job to its handler. */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly registry: Map<JobName, JobHandler>;
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    @Inject(WORKER_REDIS) private readonly connection: IORedis,
    @Inject(QUEUE_PREFIX) private readonly prefix: string,
  ) {
    this.registry = buildHandlerRegistry(handlers);
  }

  onApplicationBootstrap(): void {
    for (const [name, handler] of this.registry) {
      const worker = new Worker(queueNameFor(name), (job: Job) => this.run(handler, job), {
        connection: this.connection,
        prefix: this.prefix,
        concurrency: 2,
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
      this.workers.push(worker);
    }
    this.logger.log(`handling ${[...this.registry.keys()].join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    // close() waits for running jobs to finish, so a clean stop loses no work.
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.connection.disconnect();
  }

  private async run(handler: JobHandler, job: Job): Promise<unknown> {
    const contract = jobContracts[handler.jobName];
    const parsed = contract.payload.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid payload: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    }
    const jobId = job.id ?? 'unknown';
    this.logger.debug({ jobId }, `${job.name} started`);
    const result = await handler.handle(parsed.data as never, {
      jobId,
      attempt: job.attemptsMade + 1,
      reportProgress: (percent) => job.updateProgress(Math.max(0, Math.min(100, Math.round(percent)))),
    });
    this.logger.log({ jobId }, `${job.name} completed`);
    return result;
  }
}
