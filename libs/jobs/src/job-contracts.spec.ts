import { jobContracts, jobIdFor, jobNames } from './job-contracts';

describe('job contracts', () => {
  it('derive one stable id per subject, without the ":" BullMQ reserves', () => {
    const courseId = '6b03cd9341dc42314435898d';
    expect(jobIdFor('course.stats', { courseId })).toBe(`course.stats-${courseId}`);
    expect(jobIdFor('document.preview', { assetId: courseId })).toBe(`document.preview-${courseId}`);
    expect(jobIdFor('quiz.grade', { attemptId: courseId })).toBe(`quiz.grade-${courseId}`);
    for (const name of jobNames) {
      expect(jobIdFor(name, { courseId, importId: courseId, assetId: courseId, attemptId: courseId, completionId: courseId, certificateId: courseId } as never)).not.toContain(':');
    }
  });

  it('reject payloads that do not carry a valid id', () => {
    expect(jobContracts['course.stats'].payload.safeParse({ courseId: 'not-an-id' }).success).toBe(false);
    expect(jobContracts['course.stats'].payload.safeParse({}).success).toBe(false);
  });
});
