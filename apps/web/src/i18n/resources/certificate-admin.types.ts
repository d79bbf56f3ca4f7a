import type { certificateAdminId } from './certificate-admin.id';

/** Every language provides exactly the keys of the Indonesian texts. */
export type CertificateAdminTranslation = DeepStrings<typeof certificateAdminId>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
