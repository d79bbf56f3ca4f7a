/** Lower-case, accent-free text to match search words against ("Sitï" finds "siti"). */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a person is found by in an agency's list: name, NIP and email. */
export function searchTextOf(person: { fullName?: string | null; nip?: string | null; email?: string | null }): string {
  return normalizeForSearch([person.fullName, person.nip, person.email].filter(Boolean).join(' '));
}

/** Drops null and undefined fields, so a document stores absent values as absent. */
export function withoutNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as Partial<T>;
}
