import type { quizId } from './quiz.id';

/** Every language provides exactly the keys of the Indonesian texts. */
export type QuizTranslation = DeepStrings<typeof quizId>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
