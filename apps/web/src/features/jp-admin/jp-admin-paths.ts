/** A JP admin page for one agency (`?instansi=<id>`, which useAgencyChoice reads). */
export function withAgency(path: string, agencyId: string): string {
  return `${path}?instansi=${encodeURIComponent(agencyId)}`;
}
