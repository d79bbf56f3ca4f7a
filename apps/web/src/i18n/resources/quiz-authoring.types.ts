import type { quizAuthoringId } from './quiz-authoring.id';

/** Every language provides exactly the keys of the Indonesian texts. */
export type QuizAuthoringTranslation = DeepStrings<typeof quizAuthoringId>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
