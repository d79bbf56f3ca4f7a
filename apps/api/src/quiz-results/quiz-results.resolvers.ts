import { GradedAttemptResolver } from './graded-attempt.resolver';
import { GradedAttemptLearnerResolver, LearnerGainLearnerResolver, QuizResultRowLearnerResolver } from './learner-fields.resolver';
import { LearningGainResolver } from './learning-gain.resolver';
import { QuizResultsResolver } from './quiz-results.resolver';

/** This feature's resolver classes, for the app's resolver list (graphql/resolvers.ts). */
export const quizResultsResolvers: Array<new (...args: never[]) => unknown> = [
  QuizResultsResolver,
  GradedAttemptResolver,
  LearningGainResolver,
  QuizResultRowLearnerResolver,
  GradedAttemptLearnerResolver,
  LearnerGainLearnerResolver,
];
