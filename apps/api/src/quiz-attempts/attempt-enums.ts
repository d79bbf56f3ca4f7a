import { registerEnumType } from '@nestjs/graphql';
import type { AnswerOutcome as StoredAnswerOutcome, QuizAttemptStatus as StoredQuizAttemptStatus } from '@lentera/db';

// The attempt enums the learner's and the instructor's quiz views share (quiz-attempts,
// quiz-results). GraphQL names are the upper-case form of the stored values; the records are
// complete, so a status added to the database fails to compile until it is mapped here.

export enum QuizAttemptStatus {
  IN_PROGRESS = 'in_progress',
  SUBMITTED = 'submitted',
  AWAITING_GRADING = 'awaiting_grading',
  GRADED = 'graded',
}
registerEnumType(QuizAttemptStatus, { name: 'QuizAttemptStatus' });

export enum AnswerOutcome {
  CORRECT = 'correct',
  PARTIAL = 'partial',
  INCORRECT = 'incorrect',
  UNANSWERED = 'unanswered',
  PENDING = 'pending',
}
registerEnumType(AnswerOutcome, { name: 'AnswerOutcome' });

export const quizAttemptStatuses: Record<StoredQuizAttemptStatus, QuizAttemptStatus> = {
  in_progress: QuizAttemptStatus.IN_PROGRESS,
  submitted: QuizAttemptStatus.SUBMITTED,
  awaiting_grading: QuizAttemptStatus.AWAITING_GRADING,
  graded: QuizAttemptStatus.GRADED,
};

export const answerOutcomes: Record<StoredAnswerOutcome, AnswerOutcome> = {
  correct: AnswerOutcome.CORRECT,
  partial: AnswerOutcome.PARTIAL,
  incorrect: AnswerOutcome.INCORRECT,
  unanswered: AnswerOutcome.UNANSWERED,
  pending: AnswerOutcome.PENDING,
};

export const storedQuizAttemptStatuses: Record<QuizAttemptStatus, StoredQuizAttemptStatus> = {
  [QuizAttemptStatus.IN_PROGRESS]: 'in_progress',
  [QuizAttemptStatus.SUBMITTED]: 'submitted',
  [QuizAttemptStatus.AWAITING_GRADING]: 'awaiting_grading',
  [QuizAttemptStatus.GRADED]: 'graded',
};
