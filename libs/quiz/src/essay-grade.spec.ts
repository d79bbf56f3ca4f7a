import type { AttemptQuestionValue, QuestionResultRecord } from '@lentera/db';
import { DomainError } from '@lentera/errors';
import { applyEssayGrade, type EssayGrade } from './essay-grade';

const rubricEssay: AttemptQuestionValue = {
  questionId: 'e1',
  type: 'essay',
  prompt: 'Jelaskan',
  points: 10,
  rubric: [
    { criterionId: 'isi', title: 'Isi', points: 6 },
    { criterionId: 'bahasa', title: 'Bahasa', points: 4 },
  ],
};
const plainEssay: AttemptQuestionValue = { questionId: 'e2', type: 'essay', prompt: 'Ceritakan', points: 5 };
const gradedAt = new Date('2025-03-01T08:00:00Z');
const by = { gradedBy: '64b000000000000000000001', gradedAt };

function results(): QuestionResultRecord[] {
  return [
    { questionId: 'tf', outcome: 'correct', points: 5, maxPoints: 5, answer: { booleanValue: true }, essay: null },
    { questionId: 'e1', outcome: 'pending', points: null, maxPoints: 10, answer: { text: 'A' }, essay: null },
    { questionId: 'e2', outcome: 'pending', points: null, maxPoints: 5, answer: { text: 'B' }, essay: null },
  ];
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('applyEssayGrade', () => {
  it('scores an essay by its rubric and keeps the attempt waiting for the other essay', () => {
    const grade: EssayGrade = { criteria: [{ criterionId: 'bahasa', points: 3 }, { criterionId: 'isi', points: 6 }], comment: '  Bagus.  ', ...by };
    const change = applyEssayGrade(results(), rubricEssay, grade, 60, 20);
    expect(change.results[1]).toEqual({
      questionId: 'e1',
      outcome: 'partial',
      points: 9,
      maxPoints: 10,
      answer: { text: 'A' },
      essay: { criteria: [{ criterionId: 'isi', points: 6 }, { criterionId: 'bahasa', points: 3 }], comment: 'Bagus.', ...by },
    });
    expect(change).toMatchObject({ status: 'awaiting_grading', scorePoints: 14, percent: null, passed: null, completedAt: null });
  });

  it('completes the attempt with the last essay: percent, pass and completedAt', () => {
    const first = applyEssayGrade(results(), rubricEssay, { criteria: [{ criterionId: 'isi', points: 6 }, { criterionId: 'bahasa', points: 4 }], ...by }, 60, 20);
    const change = applyEssayGrade(first.results, plainEssay, { points: 0, ...by }, 60, 20);
    expect(change.results[2]).toMatchObject({ outcome: 'incorrect', points: 0, essay: { criteria: [], comment: null } });
    expect(change).toMatchObject({ status: 'graded', scorePoints: 15, percent: 75, passed: true, completedAt: gradedAt });
  });

  it('regrades an essay that was graded before', () => {
    const first = applyEssayGrade(results(), plainEssay, { points: 5, ...by }, 60, 20);
    expect(first.results[2].outcome).toBe('correct');
    const again = applyEssayGrade(first.results, plainEssay, { points: 2.5, ...by }, 60, 20);
    expect(again.results[2]).toMatchObject({ outcome: 'partial', points: 2.5 });
  });

  it.each([
    ['a criterion missing', [{ criterionId: 'isi', points: 6 }]],
    ['a criterion twice', [{ criterionId: 'isi', points: 1 }, { criterionId: 'isi', points: 1 }]],
    ['an unknown criterion', [{ criterionId: 'isi', points: 1 }, { criterionId: 'gaya', points: 1 }]],
    ['points above the criterion', [{ criterionId: 'isi', points: 7 }, { criterionId: 'bahasa', points: 0 }]],
    ['negative points', [{ criterionId: 'isi', points: -1 }, { criterionId: 'bahasa', points: 0 }]],
  ])('refuses a rubric grade with %s', (_case, criteria) => {
    const error = refusal(() => applyEssayGrade(results(), rubricEssay, { criteria, ...by }, 60, 20));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.localized.en).toBeTruthy();
  });

  it.each([[null], [-0.5], [5.01], [Number.NaN]])('refuses overall points %p for a 5-point essay without rubric', (points) => {
    expect(refusal(() => applyEssayGrade(results(), plainEssay, { points, ...by }, 60, 20)).code).toBe('BAD_USER_INPUT');
  });

  it('refuses criteria for an essay without rubric, a question that is no essay, and an unanswered essay', () => {
    expect(refusal(() => applyEssayGrade(results(), plainEssay, { points: 1, criteria: [{ criterionId: 'isi', points: 1 }], ...by }, 60, 20)).code).toBe('BAD_USER_INPUT');
    const trueFalse: AttemptQuestionValue = { questionId: 'tf', type: 'true_false', prompt: '?', points: 5, trueFalseAnswer: true };
    expect(refusal(() => applyEssayGrade(results(), trueFalse, { points: 1, ...by }, 60, 20)).code).toBe('BAD_USER_INPUT');
    const unanswered = results().map((result) => (result.questionId === 'e2' ? { ...result, outcome: 'unanswered' as const, points: 0, answer: {} } : result));
    expect(refusal(() => applyEssayGrade(unanswered, plainEssay, { points: 1, ...by }, 60, 20)).code).toBe('BAD_USER_INPUT');
  });

  it('refuses a comment longer than 5000 characters', () => {
    expect(refusal(() => applyEssayGrade(results(), plainEssay, { points: 1, comment: 'x'.repeat(5001), ...by }, 60, 20)).code).toBe('BAD_USER_INPUT');
  });
});
