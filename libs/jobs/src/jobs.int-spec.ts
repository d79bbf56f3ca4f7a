import { randomBytes } from 'node:crypto';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { Queue, type Worker } from 'bullmq';
import type IORedis from 'ioredis';
import { eventually, isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import type { JobName, JobPayloads, JobResults } from './job-contracts';
import { PermanentJobError, type JobContext, type JobHandler } from './job-handler';
import { JobQueue, PRODUCER_REDIS } from './job-queue';
import { JobWorkerHost } from './job-worker-host';
import { JobsProducerModule, JobsWorkerModule } from './jobs.module';

type Behaviour = 'succeed' | 'fail-once' | 'fail-permanently';

/** A stand-in for the real course.stats processor whose behaviour each test chooses. */
@Injectable()
class ScriptedStatsHandler implements JobHandler<'course.stats'> {
  static behaviour = new Map<string, Behaviour>();
  static runs: Array<{ courseId: string; attempt: number }> = [];
  readonly jobName = 'course.stats' as const;

  async handle({ courseId }: JobPayloads['course.stats'], context: JobContext): Promise<JobResults['course.stats']> {
    ScriptedStatsHandler.runs.push({ courseId, attempt: context.attempt });
    const behaviour = ScriptedStatsHandler.behaviour.get(courseId) ?? 'succeed';
    if (behaviour === 'fail-permanently') throw new PermanentJobError('course does not exist');
    if (behaviour === 'fail-once' && context.attempt === 1) throw new Error('database hiccup');
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { lessonCount: 1, wordCount: 1, readingMinutes: 1 };
  }
}

/** A handler that does nothing, for a job this test never runs (the worker refuses to start unless every job has one). */
function idleHandler<N extends JobName>(name: N, result: JobResults[N]): new () => JobHandler<N> {
  @Injectable()
  class IdleHandler implements JobHandler<N> {
    readonly jobName = name;

    async handle(): Promise<JobResults[N]> {
      return result;
    }
  }
  return IdleHandler;
}

const idleHandlers = [
  idleHandler('people.import', { created: 0, updated: 0, unchanged: 0, failed: 0 }),
  idleHandler('document.preview', { status: 'failed', converted: false }),
  idleHandler('video.transcode', { status: 'failed', transcoded: false, renditions: 0 }),
  idleHandler('quiz.grade', { status: 'not_submitted', graded: false }),
  idleHandler('quiz.deadline', { submitted: false }),
  idleHandler('certificate.issue', { certificateId: null, outcome: 'nothing_to_certify', pdf: 'not_issued' }),
  idleHandler('certificate.render', { outcome: 'nothing_to_certify', pdf: 'not_issued' }),
];

describe('job queue and worker on the real Redis', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let queue: JobQueue;

  beforeAll(async () => {
    isolated = isolatedConfig('jobs');
    module = await Test.createTestingModule({
      imports: [JobsWorkerModule.forRoot(isolated.config, [ScriptedStatsHandler, ...idleHandlers])],
    }).compile();
    await module.init();
    queue = module.get(JobQueue);
  });

  afterAll(async () => {
    await module?.close();
    await isolated?.cleanup();
  });

  beforeEach(() => {
    ScriptedStatsHandler.runs = [];
    ScriptedStatsHandler.behaviour.clear();
  });

  const runsOf = (courseId: string) => ScriptedStatsHandler.runs.filter((run) => run.courseId === courseId);

  it('runs an enqueued job once even when it is enqueued several times at once', async () => {
    const courseId = 'aaaaaaaaaaaaaaaaaaaaaaaa';
    const jobs = await Promise.all([1, 2, 3].map(() => queue.enqueue('course.stats', { courseId })));
    expect(new Set(jobs.map((job) => job.id))).toEqual(new Set([`course.stats-${courseId}`]));
    await eventually(async () => runsOf(courseId).length, (count) => count >= 1, 'the job to run');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(runsOf(courseId)).toHaveLength(1);
  });

  it('retries a transient failure and then completes', async () => {
    const courseId = 'bbbbbbbbbbbbbbbbbbbbbbbb';
    ScriptedStatsHandler.behaviour.set(courseId, 'fail-once');
    await queue.enqueue('course.stats', { courseId });
    await eventually(async () => runsOf(courseId).length, (count) => count === 2, 'the retry', 20_000);
    expect(runsOf(courseId).map((run) => run.attempt)).toEqual([1, 2]);
  });

  it('records a permanent failure once, without retrying', async () => {
    const courseId = 'cccccccccccccccccccccccc';
    ScriptedStatsHandler.behaviour.set(courseId, 'fail-permanently');
    await queue.enqueue('course.stats', { courseId });
    await eventually(() => queue.stateOf('course.stats', { courseId }), (state) => state === 'failed', 'the failure');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(runsOf(courseId)).toHaveLength(1);
  });

  it('holds a job enqueued with a delay until its time (a quiz deadline)', async () => {
    const attemptId = randomBytes(12).toString('hex');
    await queue.enqueue('quiz.deadline', { attemptId }, { delayMs: 60_000 });
    await expect(queue.stateOf('quiz.deadline', { attemptId })).resolves.toBe('delayed');
  });

  it('refuses a payload that breaks the contract before it reaches Redis', async () => {
    await expect(queue.enqueue('course.stats', { courseId: '../../etc/passwd' })).rejects.toThrow(/24-character hex id/);
  });
});

/** A long job that gives up when its worker stops, as VideoTranscodeProcessor kills ffmpeg. */
@Injectable()
class InterruptibleStatsHandler implements JobHandler<'course.stats'>, OnApplicationShutdown {
  static started: string[] = [];
  readonly jobName = 'course.stats' as const;
  private readonly stopping = new AbortController();

  onApplicationShutdown(): void {
    this.stopping.abort();
  }

  async handle({ courseId }: JobPayloads['course.stats']): Promise<JobResults['course.stats']> {
    InterruptibleStatsHandler.started.push(courseId);
    if (!this.stopping.signal.aborted) await new Promise((resolve) => this.stopping.signal.addEventListener('abort', resolve, { once: true }));
    throw new Error('interrupted by the shutdown');
  }
}

describe('the worker host on the real Redis: per-job worker options and shutdown', () => {
  let isolated: IsolatedConfig;

  beforeAll(() => {
    isolated = isolatedConfig('jobs-host');
  });

  afterAll(async () => {
    await isolated?.cleanup();
  });

  const startWorker = async (): Promise<TestingModule> => {
    const module = await Test.createTestingModule({
      imports: [JobsWorkerModule.forRoot(isolated.config, [InterruptibleStatsHandler, ...idleHandlers])],
    }).compile();
    await module.init();
    return module;
  };

  it('runs each job kind with the concurrency and stall detection of its contract', async () => {
    const module = await startWorker();
    try {
      const workers = Reflect.get(module.get(JobWorkerHost), 'workers') as Worker[];
      // Closed right after it started, a worker can leave its blocking connection behind.
      await Promise.all(workers.map((worker) => worker.waitUntilReady()));
      const options = (name: string) => workers.find((worker) => worker.name === name)?.opts;
      expect(options('video.transcode')).toMatchObject({ concurrency: 1, lockDuration: 20_000, stalledInterval: 10_000, maxStalledCount: 3 });
      expect(options('course.stats')).toMatchObject({ concurrency: 2 });
    } finally {
      await module.close();
    }
  });

  it('puts a job its shutdown interrupted back in the queue, without using up an attempt or failing it', async () => {
    const courseId = 'dddddddddddddddddddddddd';
    const module = await startWorker();
    await module.get(JobQueue).enqueue('course.stats', { courseId });
    await eventually(async () => InterruptibleStatsHandler.started, (started) => started.includes(courseId), 'the job to start');
    await module.close();
    expect(InterruptibleStatsHandler.started.filter((id) => id === courseId)).toHaveLength(1);
    const producer = await Test.createTestingModule({ imports: [JobsProducerModule.forRoot(isolated.config)] }).compile();
    await producer.init();
    const queue = new Queue('course.stats', { connection: producer.get<IORedis>(PRODUCER_REDIS), prefix: isolated.config.queuePrefix });
    try {
      // Delayed a few seconds, for the next worker: not failed, no retry counted.
      await expect(producer.get(JobQueue).stateOf('course.stats', { courseId })).resolves.toBe('delayed');
      const job = await queue.getJob(`course.stats-${courseId}`);
      expect(job?.attemptsMade).toBe(0);
      expect(job?.failedReason).toBeFalsy();
    } finally {
      await queue.close();
      await producer.close();
    }
  });
});
