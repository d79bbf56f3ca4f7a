import type { jpLedgerId } from './jp-ledger.id';

/** Every language provides exactly the keys of the Indonesian texts. */
export type JpLedgerTranslation = DeepStrings<typeof jpLedgerId>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
