import { z } from 'zod';
import type { JobsOptions } from 'bullmq';

const objectId = z.string().regex(/^[0-9a-f]{24}$/i, 'must be a 24-character hex id');

/**
 * What the two jobs on a quiz attempt (grade, deadline) share. They are removed either way: the
 * attempt says what is left to do (submitted and ungraded, or in progress past its deadline), and
 * a kept failed job would hold the id, so neither the worker's start-up requeue nor a learner's
 * re-submit could queue it again.
 */
const quizAttemptJob = {
  payload: z.object({ attemptId: objectId }),
  options: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: true,
    removeOnFail: true,
  } satisfies JobsOptions,
};

/**
 * The one list of background jobs. The API enqueues with these names and payloads, the worker
 * handles exactly these (it refuses to start when one has no handler), and both validate
 * payloads against the same schema. Jobs carry ids, never documents.
 */
export const jobContracts = {
  /** Counts a course's lessons and words and estimates its reading time. */
  'course.stats': {
    payload: z.object({ courseId: objectId }),
    // BullMQ reserves ':' in custom job ids (Redis key separator), hence '-'.
    jobId: (payload: { courseId: string }) => `course.stats-${payload.courseId}`,
    options: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 2_000 },
      // Removed once done so that a later enqueue (content changed) runs again;
      // the result lives on the course document.
      removeOnComplete: true,
      removeOnFail: { age: 7 * 24 * 3600 },
    } satisfies JobsOptions,
  },
  /** Creates or updates an agency's ASN from an uploaded personnel CSV (a `user_imports` record). */
  'people.import': {
    payload: z.object({ importId: objectId }),
    jobId: (payload: { importId: string }) => `people.import-${payload.importId}`,
    options: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 5_000 },
      // Each upload is a new import id, so a finished job never blocks a later one; the
      // outcome lives on the import record, the job is kept a day for inspection.
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    } satisfies JobsOptions,
  },
  /**
   * Converts an uploaded office document (Word, Excel, PowerPoint, OpenDocument) into the PDF
   * learners read in the browser; the outcome lives on the asset's `preview`.
   */
  'document.preview': {
    payload: z.object({ assetId: objectId }),
    jobId: (payload: { assetId: string }) => `document.preview-${payload.assetId}`,
    options: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 10_000 },
      // Each upload is a new asset id, so a finished job never blocks a later one.
      removeOnComplete: true,
      removeOnFail: { age: 7 * 24 * 3600 },
    } satisfies JobsOptions,
  },
  /**
   * Turns an uploaded video (a course asset, `video.status` uploaded) into an HLS ladder with a
   * poster, in one ffmpeg run; the outcome lives on the asset's `video`.
   */
  'video.transcode': {
    payload: z.object({ assetId: objectId }),
    jobId: (payload: { assetId: string }) => `video.transcode-${payload.assetId}`,
    options: {
      // Transient failures only (a killed ffmpeg, a full disk): a source that cannot be
      // decoded fails permanently, once, and is not retried.
      attempts: 3,
      backoff: { type: 'exponential', delay: 30_000 },
      // Removed once done so that an instructor's retry after a failure can enqueue it again.
      removeOnComplete: true,
      removeOnFail: true,
    } satisfies JobsOptions,
    // One transcode at a time: ffmpeg already uses every core. A worker killed mid-job loses
    // its lock within lockDurationMs; the stalled check then hands the job to the next worker.
    worker: { concurrency: 1, lockDurationMs: 20_000, stalledIntervalMs: 10_000, maxStalledCount: 3 },
  },
  /**
   * Grades a submitted quiz attempt exactly once (the unique grading per attempt), completes the
   * lesson when it passed; an essay puts the attempt in awaiting_grading for an instructor.
   */
  'quiz.grade': {
    ...quizAttemptJob,
    jobId: (payload: { attemptId: string }) => `quiz.grade-${payload.attemptId}`,
    // Grading is a few database round trips, no CPU to speak of: many at once keep the database busy.
    worker: { concurrency: 16 },
  },
  /**
   * Enqueued delayed to an attempt's deadline when it starts: submits the attempt if the learner
   * never did (closed tab, lost connection), then asks for its grading.
   */
  'quiz.deadline': {
    ...quizAttemptJob,
    jobId: (payload: { attemptId: string }) => `quiz.deadline-${payload.attemptId}`,
  },
  /**
   * A learner completed a course: claims its certificate (once per completion), numbers and signs
   * it with the agency's key, then renders the PDF. Enqueued by the completion itself.
   */
  'certificate.issue': {
    payload: z.object({ completionId: objectId }),
    jobId: (payload: { completionId: string }) => `certificate.issue-${payload.completionId}`,
    options: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 5_000 },
      // The certificate says what is left to do; a kept failed job would block the start-up requeue.
      removeOnComplete: true,
      removeOnFail: true,
    } satisfies JobsOptions,
    // Numbers are taken as max + 1 behind a unique index: a few at once keep the races short.
    worker: { concurrency: 4 },
  },
  /** Finishes a claimed certificate (a manual issue, a re-issue, an interrupted one) and renders its PDF. */
  'certificate.render': {
    payload: z.object({ certificateId: objectId }),
    jobId: (payload: { certificateId: string }) => `certificate.render-${payload.certificateId}`,
    options: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 5_000 },
      removeOnComplete: true,
      removeOnFail: true,
    } satisfies JobsOptions,
    worker: { concurrency: 4 },
  },
} as const;

export type JobName = keyof typeof jobContracts;
export const jobNames = Object.keys(jobContracts) as JobName[];

export type JobPayloads = { [N in JobName]: z.infer<(typeof jobContracts)[N]['payload']> };

export interface JobResults {
  'course.stats': { lessonCount: number; wordCount: number; readingMinutes: number };
  /** Rows created, updated, left unchanged and refused. */
  'people.import': { created: number; updated: number; unchanged: number; failed: number };
  /** `converted` is false when a ready preview was already there (a repeated job). */
  'document.preview': { status: 'ready'; sizeBytes: number; converted: boolean } | { status: 'failed'; converted: false };
  /** `transcoded` is false when there was nothing to do (already ready or failed: a repeated job). */
  'video.transcode': { status: 'ready' | 'failed'; transcoded: boolean; renditions: number };
  /** `graded` is false when the attempt already had its grading (a repeated job); not_submitted: still in progress, nothing done. */
  'quiz.grade': { status: 'graded' | 'awaiting_grading' | 'not_submitted'; graded: boolean };
  /** `submitted` is false when the learner had submitted already (nothing to do). */
  'quiz.deadline': { submitted: boolean };
  /** What became of the certificate: issued now, issued before, revoked meanwhile, or nothing left to certify. */
  'certificate.issue': { certificateId: string | null; outcome: 'issued' | 'already_issued' | 'revoked' | 'nothing_to_certify'; pdf: 'rendered' | 'already_rendered' | 'not_issued' };
  'certificate.render': { outcome: 'issued' | 'already_issued' | 'revoked' | 'nothing_to_certify'; pdf: 'rendered' | 'already_rendered' | 'not_issued' };
}

/** How the worker runs a job kind, where it differs from the defaults (concurrency 2, BullMQ's locks). */
export interface JobWorkerOptions {
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  maxStalledCount?: number;
}

export interface JobContract<N extends JobName> {
  payload: z.ZodType<JobPayloads[N]>;
  jobId: (payload: JobPayloads[N]) => string;
  options: JobsOptions;
  worker?: JobWorkerOptions;
}

/**
 * One job's contract, typed by its name. For a generic `N`, TypeScript sees `jobContracts[N]`
 * as the union of all contracts and cannot tie it to `JobPayloads[N]`; this says it once.
 */
export function contractOf<N extends JobName>(name: N): JobContract<N> {
  return jobContracts[name] as unknown as JobContract<N>;
}

export function jobIdFor<N extends JobName>(name: N, payload: JobPayloads[N]): string {
  return contractOf(name).jobId(payload);
}

/** One BullMQ queue per job name, so each kind of work gets its own concurrency. */
export function queueNameFor(name: JobName): string {
  return name;
}
