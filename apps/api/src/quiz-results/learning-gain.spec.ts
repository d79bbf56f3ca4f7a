import type { CourseAssignmentRecord, GainAttemptRecord } from '@lentera/db';
import { classLabel, gainFigures, gainOf, learnerScores } from './learning-gain';

function graded(userId: string, number: number, percent: number, assignmentId: string | null = null): GainAttemptRecord {
  return { userId, lessonId: 'lesson', assignmentId, number, percent, gradedAt: new Date(2025, 0, number) };
}

describe('learnerScores', () => {
  it('takes the first pre-test attempt and the counted post-test one', () => {
    const pre = [graded('b', 2, 90), graded('b', 1, 40), graded('a', 1, 70)];
    const post = [graded('b', 1, 60, 'class-1'), graded('b', 2, 80, 'class-1'), graded('b', 3, 70, 'class-1')];
    expect(learnerScores(pre, post, 'highest')).toEqual([
      { userId: 'a', assignmentId: null, pre: 70, post: null },
      { userId: 'b', assignmentId: 'class-1', pre: 40, post: 80 },
    ]);
    expect(learnerScores(pre, post, 'last')[1].post).toBe(70);
  });
});

describe('gainFigures', () => {
  it('averages over the learners with both scores and leaves a pre-test of 100 out of the normalized gain', () => {
    const figures = gainFigures([
      { userId: 'a', assignmentId: null, pre: 40, post: 80 },
      { userId: 'b', assignmentId: null, pre: 100, post: 90 },
      { userId: 'c', assignmentId: null, pre: 50, post: null },
      { userId: 'd', assignmentId: null, pre: null, post: 30 },
    ]);
    // Both: a (40 → 80), b (100 → 90). Normalized: only a, 40 / 60.
    expect(figures).toEqual({ learners: 2, preTaken: 3, postTaken: 3, averagePre: 70, averagePost: 85, averageGain: 15, averageNormalizedGain: 0.6667 });
  });

  it('has no averages without a learner with both', () => {
    expect(gainFigures([{ userId: 'a', assignmentId: null, pre: 10, post: null }])).toMatchObject({ learners: 0, preTaken: 1, averageGain: null, averageNormalizedGain: null });
    expect(gainOf({ pre: 33.33, post: 66.67 })).toBe(33.34);
    expect(gainOf({ pre: null, post: 66.67 })).toBeNull();
  });
});

describe('classLabel', () => {
  const assignment = (fields: Partial<CourseAssignmentRecord>): CourseAssignmentRecord => ({
    id: 'x',
    courseId: 'c',
    agencyId: 'g',
    createdBy: 'u',
    targetKind: 'work_unit',
    workUnit: 'Bidang Anggaran',
    dueAt: null,
    enrolled: 0,
    alreadyEnrolled: 0,
    problems: 0,
    // 23:30 UTC is already the next day in Jakarta (WIB, UTC+7).
    createdAt: new Date('2025-03-02T23:30:00Z'),
    ...fields,
  });

  it('names a class by its work unit and the day it was assigned (WIB), and self-enrolled learners as such', () => {
    expect(classLabel('x', assignment({}))).toEqual({ id: 'Penugasan Bidang Anggaran · 3 Maret 2025', en: 'Assignment Bidang Anggaran · 3 March 2025' });
    expect(classLabel('x', assignment({ targetKind: 'nip_list', workUnit: null })).id).toBe('Penugasan daftar NIP · 3 Maret 2025');
    expect(classLabel(null, undefined)).toEqual({ id: 'Mendaftar sendiri', en: 'Self-enrolled' });
  });
});
