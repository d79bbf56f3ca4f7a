import { grantAgencyScope, type AgencyScope } from '@lentera/db';

/**
 * Tests stand in for the API's authorization layer when they create an agency's records
 * directly (lint keeps apps from granting scopes themselves).
 */
export function testAgencyScope(agencyId: string): AgencyScope {
  return grantAgencyScope(agencyId);
}

export interface PersonnelCsvRow {
  nip: string;
  name: string;
  email?: string;
  unit?: string;
  position?: string;
  rank?: string;
  type?: string;
}

export const PERSONNEL_CSV_HEADER = 'NIP;Nama Lengkap;Email;Unit Kerja;Jabatan;Pangkat/Golongan;Jenis Pegawai';

/**
 * A personnel CSV as Excel on Indonesian settings writes it (`;`, CRLF). The header is row 1, so
 * `rows[i]` is row i + 2. A Buffer is a raw line, for bytes that are not UTF-8.
 */
export function buildPersonnelCsv(rows: ReadonlyArray<PersonnelCsvRow | Buffer>, header = PERSONNEL_CSV_HEADER): Buffer {
  const lines = rows.map((row) => (Buffer.isBuffer(row) ? row : Buffer.from(personnelCsvLine(row), 'utf8')));
  return Buffer.concat([Buffer.from(`${header}\r\n`), ...lines.flatMap((line) => [line, Buffer.from('\r\n')])]);
}

export function personnelCsvLine(row: PersonnelCsvRow): string {
  return [row.nip, row.name, row.email, row.unit, row.position, row.rank, row.type].map((cell) => cell ?? '').join(';');
}

/**
 * A valid PNS NIP, distinct for each (index, gender) with index < 3,996,000: born 1970-01-01 plus
 * `index % 4000` days (so at least 18 at the January 2000 appointment), serial from `index / 4000`.
 */
export function validNip(index: number, gender: 1 | 2 = 1): string {
  const birth = new Date(Date.UTC(1970, 0, 1 + (index % 4000)));
  const birthDigits = birth.toISOString().slice(0, 10).replace(/-/g, '');
  const serial = String(Math.floor(index / 4000) + 1).padStart(3, '0');
  return `${birthDigits}200001${gender}${serial}`;
}
