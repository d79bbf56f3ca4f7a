import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type IORedis from 'ioredis';
import { ServiceUnavailableError } from '@lentera/errors';
import { contractOf, jobIdFor, queueNameFor, type JobName, type JobPayloads } from './job-contracts';

export const PRODUCER_REDIS = Symbol('PRODUCER_REDIS');
export const QUEUE_PREFIX = Symbol('QUEUE_PREFIX');

export interface EnqueuedJob {
  id: string;
  name: JobName;
}

export interface EnqueueOptions {
  delayMs?: number;
}

export type JobState = 'waiting' | 'active' | 'completed' | 'failed' | 'delayed' | 'unknown';

/** The API's side of the job contracts: enqueue by name with a typed, validated payload. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues = new Map<JobName, Queue>();

  constructor(
    @Inject(PRODUCER_REDIS) private readonly connection: IORedis,
    @Inject(QUEUE_PREFIX) private readonly prefix: string,
  ) {}

  /** `delayMs`: run no earlier than this from now (a quiz attempt's deadline). */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<EnqueuedJob> {
    const contract = contractOf(name);
    const data = contract.payload.parse(payload);
    const jobId = jobIdFor(name, data);
    try {
      // add() with a fixed jobId: a job already waiting or running with this id is not added twice.
      await this.queue(name).add(name, data, { ...contract.options, jobId, ...(options.delayMs && options.delayMs > 0 && { delay: Math.ceil(options.delayMs) }) });
    } catch (error) {
      this.logger.warn({ jobId, err: error }, `could not enqueue ${name}`);
      throw new ServiceUnavailableError('queue', error);
    }
    return { id: jobId, name };
  }

  /**
   * For work whose record already says it is still to do (a preview pending, a video uploaded),
   * which the worker queues again when it starts: the request stands when Redis is down, and
   * this answers null instead of failing it (the warning is logged by `enqueue`).
   */
  async enqueueIfAvailable<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<EnqueuedJob | null> {
    try {
      return await this.enqueue(name, payload, options);
    } catch (error) {
      if (error instanceof ServiceUnavailableError) return null;
      throw error;
    }
  }

  async stateOf<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<JobState> {
    try {
      const state = await this.queue(name).getJobState(jobIdFor(name, payload));
      return state === 'waiting-children' || state === 'prioritized' ? 'waiting' : state;
    } catch (error) {
      throw new ServiceUnavailableError('queue', error);
    }
  }

  /** Jobs of a kind not finished yet (waiting, delayed, running): a backlog figure from Redis alone. */
  async countUnfinished(name: JobName): Promise<number> {
    try {
      const counts = await this.queue(name).getJobCounts('wait', 'paused', 'delayed', 'prioritized', 'waiting-children', 'active');
      return Object.values(counts).reduce((sum, count) => sum + count, 0);
    } catch (error) {
      throw new ServiceUnavailableError('queue', error);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private queue(name: JobName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(queueNameFor(name), { connection: this.connection, prefix: this.prefix });
      // Connection errors are reported once by the connection itself (redis-connection.ts).
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
