/// <reference types="jest" />
import type { LearningGainQuery } from '../../gql/generated';
import { formatGain, gainChartRows } from './gain-chart-data';

type Report = LearningGainQuery['learningGain'];
type Summary = Report['course'];

const summary = (changes: Partial<Summary>): Summary => ({
  __typename: 'GainSummary',
  learners: 0,
  preTaken: 0,
  postTaken: 0,
  averagePre: null,
  averagePost: null,
  averageGain: null,
  averageNormalizedGain: null,
  ...changes,
});

const report: Report = {
  __typename: 'LearningGainReport',
  courseId: 'c1',
  preTestLessonId: 'l1',
  postTestLessonId: 'l2',
  preTestTitle: 'Pre-test',
  postTestTitle: 'Post-test',
  course: summary({ learners: 3, averagePre: 50, averagePost: 80, averageGain: 30 }),
  classes: [
    {
      __typename: 'ClassGain',
      assignmentId: 'a1',
      label: 'Angkatan I',
      labelEn: 'Cohort I',
      summary: summary({ learners: 2, averagePre: 45.55, averagePost: 80.04, averageGain: 34.49 }),
    },
    {
      __typename: 'ClassGain',
      assignmentId: 'a2',
      label: 'Angkatan II',
      labelEn: 'Cohort II',
      // Pre-test only so far: nothing to compare yet.
      summary: summary({ learners: 0, preTaken: 4, averagePre: null }),
    },
    {
      __typename: 'ClassGain',
      assignmentId: null,
      label: 'Mendaftar sendiri',
      labelEn: 'Self-enrolled',
      summary: summary({ learners: 1, averagePre: 60, averagePost: 90, averageGain: 30 }),
    },
  ],
};

describe('gainChartRows', () => {
  it('one row per class with learners who took both tests, rounded to one decimal, in the language on screen', () => {
    expect(gainChartRows(report, 'id')).toEqual([
      { key: 'a1', label: 'Angkatan I', pre: 45.6, post: 80, learners: 2 },
      { key: 'self-enrolled', label: 'Mendaftar sendiri', pre: 60, post: 90, learners: 1 },
    ]);
    expect(gainChartRows(report, 'en').map((row) => row.label)).toEqual(['Cohort I', 'Self-enrolled']);
  });

  it('is empty without classes', () => {
    expect(gainChartRows({ ...report, classes: [] }, 'id')).toEqual([]);
  });
});

describe('formatGain', () => {
  it('signs the gain in percentage points', () => {
    expect(formatGain(12.5, 'id')).toBe('+12,5');
    expect(formatGain(-3, 'en')).toBe('−3');
    expect(formatGain(0, 'en')).toBe('0');
    expect(formatGain(null, 'en')).toBe('–');
  });
});
