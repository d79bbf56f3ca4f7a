import type { AnswerValue, AttemptQuestionValue } from '@lentera/db';
import { gradeAttempt } from './grade-attempt';

const trueFalse = (questionId: string, points: number): AttemptQuestionValue => ({ questionId, type: 'true_false', prompt: 'Benar?', points, trueFalseAnswer: true });
const essay: AttemptQuestionValue = { questionId: 'e', type: 'essay', prompt: 'Jelaskan', points: 5 };

describe('gradeAttempt', () => {
  it('adds up the points, gives the percent and whether it passes', () => {
    const questions = [trueFalse('a', 2), trueFalse('b', 1), trueFalse('c', 3)];
    const answers = new Map<string, AnswerValue>([
      ['a', { booleanValue: true }],
      ['b', { booleanValue: false }],
    ]);
    const grade = gradeAttempt(questions, answers, 30);
    expect(grade).toMatchObject({ status: 'graded', scorePoints: 2, maxPoints: 6, percent: 33.33, passed: true });
    expect(grade.results).toEqual([
      { questionId: 'a', outcome: 'correct', points: 2, maxPoints: 2, answer: { booleanValue: true }, essay: null },
      { questionId: 'b', outcome: 'incorrect', points: 0, maxPoints: 1, answer: { booleanValue: false }, essay: null },
      { questionId: 'c', outcome: 'unanswered', points: 0, maxPoints: 3, answer: {}, essay: null },
    ]);
    expect(gradeAttempt(questions, answers, 33.34).passed).toBe(false);
  });

  it('passes at exactly the passing percent', () => {
    expect(gradeAttempt([trueFalse('a', 1), trueFalse('b', 1)], new Map([['a', { booleanValue: true }]]), 50)).toMatchObject({ percent: 50, passed: true });
  });

  it('leaves an answered essay pending: no percent and no pass yet', () => {
    const grade = gradeAttempt([trueFalse('a', 5), essay], new Map([['a', { booleanValue: true }], ['e', { text: 'Jawaban' }]]), 50);
    expect(grade).toMatchObject({ status: 'awaiting_grading', scorePoints: 5, maxPoints: 10, percent: null, passed: null });
    expect(grade.results[1]).toMatchObject({ outcome: 'pending', points: null, answer: { text: 'Jawaban' } });
  });

  it('grades an unanswered essay as 0 without waiting', () => {
    expect(gradeAttempt([trueFalse('a', 5), essay], new Map([['a', { booleanValue: true }]]), 50)).toMatchObject({ status: 'graded', percent: 50, passed: true });
  });

  it('keeps only the fields of a stored answer, not a shared reference', () => {
    const answer: AnswerValue = { booleanValue: true };
    const grade = gradeAttempt([trueFalse('a', 1)], new Map([['a', answer]]), 0);
    expect(grade.results[0].answer).toEqual(answer);
    expect(grade.results[0].answer).not.toBe(answer);
  });

  it('counts a quiz worth nothing as 100%', () => {
    expect(gradeAttempt([trueFalse('a', 0)], new Map(), 100)).toMatchObject({ maxPoints: 0, percent: 100, passed: true });
  });
});
