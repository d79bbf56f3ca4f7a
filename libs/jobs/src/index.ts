export { jobContracts, jobNames, jobIdFor, queueNameFor } from './job-contracts';
export type { JobName, JobPayloads, JobResults } from './job-contracts';
export { JobQueue, type EnqueuedJob, type JobState } from './job-queue';
export { PermanentJobError, type JobHandler, type JobContext } from './job-handler';
export { buildHandlerRegistry } from './handler-registry';
export { JobsProducerModule, JobsWorkerModule } from './jobs.module';
export { QueueHealth } from './queue-health';
export { waitForRedis, redactRedisUrl, deleteQueueData } from './redis-connection';
