import { Injectable } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { eventually, isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import type { JobPayloads, JobResults } from './job-contracts';
import { PermanentJobError, type JobContext, type JobHandler } from './job-handler';
import { JobQueue } from './job-queue';
import { JobsWorkerModule } from './jobs.module';

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

/** The worker refuses to start unless every job has a handler; this test never enqueues imports or previews. */
@Injectable()
class IdleImportHandler implements JobHandler<'people.import'> {
  readonly jobName = 'people.import' as const;

  async handle(): Promise<JobResults['people.import']> {
    return { created: 0, updated: 0, unchanged: 0, failed: 0 };
  }
}

@Injectable()
class IdlePreviewHandler implements JobHandler<'document.preview'> {
  readonly jobName = 'document.preview' as const;

  async handle(): Promise<JobResults['document.preview']> {
    return { status: 'failed', converted: false };
  }
}

describe('job queue and worker on the real Redis', () => {
  let isolated: IsolatedConfig;
  let module: TestingModule;
  let queue: JobQueue;

  beforeAll(async () => {
    isolated = isolatedConfig('jobs');
    module = await Test.createTestingModule({
      imports: [JobsWorkerModule.forRoot(isolated.config, [ScriptedStatsHandler, IdleImportHandler, IdlePreviewHandler])],
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

  it('refuses a payload that breaks the contract before it reaches Redis', async () => {
    await expect(queue.enqueue('course.stats', { courseId: '../../etc/passwd' })).rejects.toThrow(/24-character hex id/);
  });
});
