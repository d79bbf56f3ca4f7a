import { QuestionBankResolver } from './question-bank.resolver';
import { QuizSettingsResolver } from './quiz-settings.resolver';

/** This feature's resolver classes, for the app's resolver list (graphql/resolvers.ts). */
export const quizBankResolvers: Array<new (...args: never[]) => unknown> = [QuestionBankResolver, QuizSettingsResolver];
