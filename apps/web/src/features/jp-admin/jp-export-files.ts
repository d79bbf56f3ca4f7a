/** Where the JP exports are and what the downloaded files are called. */
export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `GET /jp-ledger/agencies/:agencyId/below-target.<format>`: exactly the list the report shows for this year and unit. */
export function belowTargetExportUrl(agencyId: string, format: ExportFormat, year: number, workUnit: string | null): string {
  const query = new URLSearchParams({ year: String(year) });
  if (workUnit) query.set('workUnit', workUnit);
  return `/jp-ledger/agencies/${encodeURIComponent(agencyId)}/below-target.${format}?${query.toString()}`;
}

/** `GET /jp-ledger/agencies/:agencyId/learners/:userId/siasn.<format>`: one learner's course history in SIASN's columns. */
export function siasnExportUrl(agencyId: string, userId: string, format: ExportFormat, year: number): string {
  return `/jp-ledger/agencies/${encodeURIComponent(agencyId)}/learners/${encodeURIComponent(userId)}/siasn.${format}?year=${year}`;
}

/** "jp-di-bawah-target-2026-subbagian-keuangan.csv": the server's name, plus the unit when the list is one unit's. */
export function belowTargetFileName(format: ExportFormat, year: number, workUnit: string | null): string {
  return `${['jp-di-bawah-target', String(year), ...(workUnit ? [slug(workUnit)] : [])].filter(Boolean).join('-')}.${format}`;
}

/** "siasn-riwayat-kursus-199003172015032002-2026.xlsx", as the server names it (the name stands in for a missing NIP). */
export function siasnFileName(format: ExportFormat, year: number, learner: { nip: string | null; fullName: string }): string {
  return `siasn-riwayat-kursus-${learner.nip ?? slug(learner.fullName)}-${year}.${format}`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
