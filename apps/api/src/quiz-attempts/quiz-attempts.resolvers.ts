import { LessonQuizFieldResolver } from './lesson-quiz.resolver';
import { QuizAttemptResolver } from './quiz-attempt.resolver';

/** This feature's resolver classes, for the app's resolver list (graphql/resolvers.ts). */
export const quizAttemptsResolvers: Array<new (...args: never[]) => unknown> = [QuizAttemptResolver, LessonQuizFieldResolver];
