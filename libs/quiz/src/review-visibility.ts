import type { QuizAttemptSummaryRecord, QuizReviewPolicy } from '@lentera/db';

export interface ReviewVisibility {
  /** The learner's answers marked right or wrong, with points per question. */
  review: boolean;
  /** The correct answers, feedback and explanations (implies `review`). */
  correctAnswers: boolean;
}

/**
 * What a learner may see of an attempt. Nothing before it is graded or awaiting grading.
 * `passedAny`: the learner passed this quiz in some attempt (this one included).
 */
export function reviewVisibility(
  attempt: Pick<QuizAttemptSummaryRecord, 'status' | 'review' | 'correctAnswers' | 'closesAt'>,
  context: { now: Date; passedAny: boolean },
): ReviewVisibility {
  if (attempt.status !== 'graded' && attempt.status !== 'awaiting_grading') return { review: false, correctAnswers: false };
  const allows = (policy: QuizReviewPolicy): boolean => {
    switch (policy) {
      case 'never':
        return false;
      case 'after_attempt':
        return true;
      case 'after_passing':
        return context.passedAny;
      case 'after_close':
        return attempt.closesAt != null && context.now.getTime() >= attempt.closesAt.getTime();
    }
  };
  const correctAnswers = allows(attempt.correctAnswers);
  return { review: correctAnswers || allows(attempt.review), correctAnswers };
}
