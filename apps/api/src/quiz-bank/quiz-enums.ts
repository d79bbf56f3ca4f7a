import { registerEnumType } from '@nestjs/graphql';
import type {
  QuestionType as StoredQuestionType,
  QuizLayout as StoredQuizLayout,
  QuizReviewPolicy as StoredQuizReviewPolicy,
  QuizRole as StoredQuizRole,
  QuizScoring as StoredQuizScoring,
  QuizSelection as StoredQuizSelection,
} from '@lentera/db';

// The quiz enums every quiz feature (bank, attempts, results) shows. GraphQL names are the
// upper-case form of the stored values; the records below map each way and are complete, so a
// value added to the database enums fails to compile until it is mapped.

export enum QuestionType {
  SINGLE_CHOICE = 'single_choice',
  MULTIPLE_CHOICE = 'multiple_choice',
  TRUE_FALSE = 'true_false',
  SHORT_ANSWER = 'short_answer',
  NUMERIC = 'numeric',
  MATCHING = 'matching',
  ORDERING = 'ordering',
  ESSAY = 'essay',
}
registerEnumType(QuestionType, { name: 'QuestionType' });

export enum QuizSelection {
  FIXED = 'fixed',
  RANDOM = 'random',
}
registerEnumType(QuizSelection, { name: 'QuizSelection' });

export enum QuizLayout {
  ONE_PER_PAGE = 'one_per_page',
  ALL_ON_PAGE = 'all_on_page',
}
registerEnumType(QuizLayout, { name: 'QuizLayout' });

export enum QuizScoring {
  HIGHEST = 'highest',
  LAST = 'last',
}
registerEnumType(QuizScoring, { name: 'QuizScoring' });

export enum QuizReviewPolicy {
  NEVER = 'never',
  AFTER_ATTEMPT = 'after_attempt',
  AFTER_PASSING = 'after_passing',
  AFTER_CLOSE = 'after_close',
}
registerEnumType(QuizReviewPolicy, { name: 'QuizReviewPolicy' });

export enum QuizRole {
  NONE = 'none',
  PRE_TEST = 'pre_test',
  POST_TEST = 'post_test',
}
registerEnumType(QuizRole, { name: 'QuizRole' });

export enum QuestionBankFormat {
  JSON = 'json',
  CSV = 'csv',
}
registerEnumType(QuestionBankFormat, { name: 'QuestionBankFormat' });

export const questionTypes: Record<StoredQuestionType, QuestionType> = {
  single_choice: QuestionType.SINGLE_CHOICE,
  multiple_choice: QuestionType.MULTIPLE_CHOICE,
  true_false: QuestionType.TRUE_FALSE,
  short_answer: QuestionType.SHORT_ANSWER,
  numeric: QuestionType.NUMERIC,
  matching: QuestionType.MATCHING,
  ordering: QuestionType.ORDERING,
  essay: QuestionType.ESSAY,
};

export const quizSelections: Record<StoredQuizSelection, QuizSelection> = { fixed: QuizSelection.FIXED, random: QuizSelection.RANDOM };

export const quizLayouts: Record<StoredQuizLayout, QuizLayout> = { one_per_page: QuizLayout.ONE_PER_PAGE, all_on_page: QuizLayout.ALL_ON_PAGE };

export const quizScorings: Record<StoredQuizScoring, QuizScoring> = { highest: QuizScoring.HIGHEST, last: QuizScoring.LAST };

export const quizReviewPolicies: Record<StoredQuizReviewPolicy, QuizReviewPolicy> = {
  never: QuizReviewPolicy.NEVER,
  after_attempt: QuizReviewPolicy.AFTER_ATTEMPT,
  after_passing: QuizReviewPolicy.AFTER_PASSING,
  after_close: QuizReviewPolicy.AFTER_CLOSE,
};

export const quizRoles: Record<StoredQuizRole, QuizRole> = { none: QuizRole.NONE, pre_test: QuizRole.PRE_TEST, post_test: QuizRole.POST_TEST };

/** The reverse of a complete stored → GraphQL record. */
function reverse<Stored extends string, Graph extends string>(record: Record<Stored, Graph>): Record<Graph, Stored> {
  return Object.fromEntries(Object.entries(record).map(([stored, graph]) => [graph, stored])) as Record<Graph, Stored>;
}

export const storedQuestionTypes = reverse(questionTypes);
export const storedQuizSelections = reverse(quizSelections);
export const storedQuizLayouts = reverse(quizLayouts);
export const storedQuizScorings = reverse(quizScorings);
export const storedQuizReviewPolicies = reverse(quizReviewPolicies);
export const storedQuizRoles = reverse(quizRoles);
