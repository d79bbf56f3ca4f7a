import type { authoringId } from './authoring.id';

/** Every language provides exactly the keys of the Indonesian texts. */
export type AuthoringTranslation = DeepStrings<typeof authoringId>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
