import type { jpAdminId } from './jp-admin.id';

/** Every language provides exactly the keys of the Indonesian texts. */
export type JpAdminTranslation = DeepStrings<typeof jpAdminId>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
