/** Lower-case, without accents: "Pusdiklat Éka" and "pusdiklat eka" read the same. */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** What the agency filter searches: the name and the code ("kalbar" finds "BPSDM-KALBAR"). */
export function agencySearchText(name: string, code: string | null): string {
  return normalize(code ? `${name} ${code}` : name);
}

/** True when every word typed appears in `searchText` (from agencySearchText), in any order. */
export function matchesAgencySearch(searchText: string, search: string): boolean {
  return normalize(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => searchText.includes(word));
}
