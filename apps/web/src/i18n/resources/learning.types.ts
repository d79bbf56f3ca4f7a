import type { learningId } from './learning.id';

/** Every language provides exactly the keys of the Indonesian texts. */
export type LearningTranslation = DeepStrings<typeof learningId>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
