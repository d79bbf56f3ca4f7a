import { UnrecoverableError } from 'bullmq';
import type { JobName, JobPayloads, JobResults } from './job-contracts';

export interface JobContext {
  jobId: string;
  attempt: number;
  reportProgress(percent: number): Promise<void>;
}

/**
 * Handles one job name. Handlers are idempotent: a job may run again after a crash.
 * Throw `PermanentJobError` for failures a retry cannot fix; anything else is retried.
 */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  handle(payload: JobPayloads[N], context: JobContext): Promise<JobResults[N]>;
}

export class PermanentJobError extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
