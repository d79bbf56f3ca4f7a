/// <reference types="jest" />
import { essayGradeInputOf, essayGradeValuesOf, essayTotal, validateEssayGrade } from './essay-grade';
import type { GradedQuestion } from './essay-grade';

const essay = (changes: Partial<GradedQuestion>): GradedQuestion => ({
  __typename: 'GradedQuestion',
  questionId: 'q1',
  position: 0,
  type: 'ESSAY',
  prompt: 'Jelaskan…',
  maxPoints: 4,
  outcome: 'PENDING',
  points: null,
  answer: null,
  lateAnswer: null,
  options: [],
  matchPrompts: [],
  matchChoices: [],
  correctMatches: [],
  orderItems: [],
  correctOrder: [],
  trueFalseAnswer: null,
  acceptedAnswers: [],
  numericAnswer: null,
  numericTolerance: null,
  rubric: [],
  essayScores: [],
  essayComment: null,
  ...changes,
});

const rubric: GradedQuestion['rubric'] = [
  { __typename: 'RubricCriterion', id: 'r1', title: 'Relevansi', points: 2 },
  { __typename: 'RubricCriterion', id: 'r2', title: 'Kejelasan', points: 2 },
];

describe('essay grade', () => {
  it('with a rubric: one score per criterion, checked against each maximum', () => {
    const question = essay({ rubric });
    const values = { criteria: { r1: 1.5, r2: '3' }, points: '', comment: '  Bagus ' };
    expect(validateEssayGrade(question, values)).toEqual({ r2: 'outOfRange' });
    expect(validateEssayGrade(question, { ...values, criteria: { r1: 1.5 } })).toEqual({ r2: 'required' });
    const fixed = { ...values, criteria: { r1: 1.5, r2: '2' } };
    expect(validateEssayGrade(question, fixed)).toEqual({});
    expect(essayTotal(question, fixed)).toBe(3.5);
    expect(essayGradeInputOf(question, fixed)).toEqual({
      comment: 'Bagus',
      criteria: [
        { criterionId: 'r1', points: 1.5 },
        { criterionId: 'r2', points: 2 },
      ],
    });
  });

  it('without a rubric: one number from 0 to the maximum', () => {
    const question = essay({});
    expect(validateEssayGrade(question, { criteria: {}, points: 5, comment: '' })).toEqual({ points: 'outOfRange' });
    expect(essayGradeInputOf(question, { criteria: {}, points: '2,5', comment: '' })).toEqual({ comment: null, points: 2.5 });
  });

  it('starts from the stored grade when there is one', () => {
    const question = essay({ rubric, essayScores: [{ __typename: 'CriterionScore', criterionId: 'r1', points: 1 }], essayComment: 'Cukup' });
    expect(essayGradeValuesOf(question)).toEqual({ criteria: { r1: 1, r2: '' }, points: '', comment: 'Cukup' });
  });
});
