import type { certificatesId } from './certificates.id';

/** Every language provides exactly the keys of the Indonesian texts. */
export type CertificatesTranslation = DeepStrings<typeof certificatesId>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
