import { buildHandlerRegistry } from './handler-registry';
import type { JobHandler } from './job-handler';
import type { JobName } from './job-contracts';

function handlerFor(jobName: string): JobHandler {
  return { jobName: jobName as JobName, handle: async () => ({ lessonCount: 0, wordCount: 0, readingMinutes: 0 }) };
}

describe('buildHandlerRegistry', () => {
  const expected = ['course.stats', 'video.transcode'] as unknown as JobName[];

  it('pairs each job name with its handler', () => {
    const stats = handlerFor('course.stats');
    const video = handlerFor('video.transcode');
    const registry = buildHandlerRegistry([stats, video], expected);
    expect(registry.get('course.stats' as JobName)).toBe(stats);
    expect(registry.size).toBe(2);
  });

  it('refuses to start when a job has no handler', () => {
    expect(() => buildHandlerRegistry([handlerFor('course.stats')], expected)).toThrow(/no handler for video\.transcode/);
  });

  it('refuses two handlers for one job and handlers for unknown jobs', () => {
    const handlers = [handlerFor('course.stats'), handlerFor('course.stats'), handlerFor('video.transcode'), handlerFor('mail.send')];
    expect(() => buildHandlerRegistry(handlers, expected)).toThrow(
      /more than one handler for course\.stats; handlers for unknown jobs mail\.send/,
    );
  });

  it('is satisfied by the real contracts only when every job is handled', () => {
    expect(() => buildHandlerRegistry([])).toThrow(/no handler for course\.stats/);
  });
});
