import type { QuizAttemptStatus, QuizReviewPolicy } from '@lentera/db';
import { reviewVisibility } from './review-visibility';

const now = new Date('2025-03-10T00:00:00Z');
const attempt = (status: QuizAttemptStatus, review: QuizReviewPolicy, correctAnswers: QuizReviewPolicy, closesAt: Date | null = null) => ({ status, review, correctAnswers, closesAt });

describe('reviewVisibility', () => {
  it.each(['in_progress', 'submitted'] as const)('shows nothing while the attempt is %s', (status) => {
    expect(reviewVisibility(attempt(status, 'after_attempt', 'after_attempt'), { now, passedAny: true })).toEqual({ review: false, correctAnswers: false });
  });

  it('never: nothing, also after passing', () => {
    expect(reviewVisibility(attempt('graded', 'never', 'never'), { now, passedAny: true })).toEqual({ review: false, correctAnswers: false });
  });

  it.each(['graded', 'awaiting_grading'] as const)('after_attempt: once the attempt is %s', (status) => {
    expect(reviewVisibility(attempt(status, 'after_attempt', 'never'), { now, passedAny: false })).toEqual({ review: true, correctAnswers: false });
  });

  it('after_passing: once the learner passed in any attempt', () => {
    const passing = attempt('graded', 'after_attempt', 'after_passing');
    expect(reviewVisibility(passing, { now, passedAny: false })).toEqual({ review: true, correctAnswers: false });
    expect(reviewVisibility(passing, { now, passedAny: true })).toEqual({ review: true, correctAnswers: true });
  });

  it('after_close: once the window closed, never without a closing time', () => {
    const closesAt = new Date('2025-03-10T00:00:00Z');
    expect(reviewVisibility(attempt('graded', 'after_close', 'after_close', closesAt), { now: new Date(closesAt.getTime() - 1), passedAny: true })).toEqual({ review: false, correctAnswers: false });
    expect(reviewVisibility(attempt('graded', 'after_close', 'after_close', closesAt), { now: closesAt, passedAny: false })).toEqual({ review: true, correctAnswers: true });
    expect(reviewVisibility(attempt('graded', 'after_close', 'after_close', null), { now, passedAny: true })).toEqual({ review: false, correctAnswers: false });
  });

  it('seeing the correct answers implies seeing the review', () => {
    expect(reviewVisibility(attempt('graded', 'never', 'after_attempt'), { now, passedAny: false })).toEqual({ review: true, correctAnswers: true });
  });
});
