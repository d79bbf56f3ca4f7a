/**
 * NIP (Nomor Induk Pegawai): 18 digits, read in groups as
 * birth date (yyyymmdd) · appointment (yyyymm) · sex (1 digit) · sequence (3 digits),
 * e.g. `19850315 201012 1 002`.
 */
const NIP_PATTERN = /^(\d{8})(\d{6})(\d)(\d{3})$/;

/** Digits only: people paste NIPs with the spaces they see printed. */
export function normalizeNip(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

export function isValidNip(value: string): boolean {
  return NIP_PATTERN.test(normalizeNip(value));
}

/** `198503152010121002` → `19850315 201012 1 002`; anything else is returned as is. */
export function formatNip(nip: string): string {
  const match = NIP_PATTERN.exec(normalizeNip(nip));
  return match ? match.slice(1).join(' ') : nip;
}
