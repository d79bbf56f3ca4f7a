/** The columns an import understands, named after the PersonnelRow fields they fill. */
export type PersonnelColumn = 'nip' | 'fullName' | 'email' | 'workUnit' | 'position' | 'rankGrade' | 'employmentType';

export const REQUIRED_COLUMNS: readonly PersonnelColumn[] = ['nip', 'fullName'];

/**
 * Header names as personnel exports (SIMPEG, SIASN, hand-made sheets) spell them. The first is the
 * name the template uses and messages show; matching ignores case, spaces, punctuation and accents.
 */
export const COLUMN_NAMES: Readonly<Record<PersonnelColumn, readonly string[]>> = {
  nip: ['NIP', 'NIP/NIP PPPK', 'NIP/NI PPPK', 'NI PPPK'],
  fullName: ['Nama Lengkap', 'Nama', 'Name', 'Full Name'],
  email: ['Email', 'E-mail', 'Surel'],
  workUnit: ['Unit Kerja', 'Unit', 'Satuan Kerja', 'Work Unit'],
  position: ['Jabatan', 'Position'],
  rankGrade: ['Pangkat/Golongan', 'Pangkat', 'Golongan', 'Gol', 'Rank', 'Grade'],
  employmentType: ['Jenis Pegawai', 'Jenis', 'Status Kepegawaian', 'Type', 'Employment Type'],
};

/** The name the template gives a column (`fullName` → "Nama Lengkap"), for reports and screens; other text as is. */
export function personnelColumnLabel(column: string): string {
  return Object.hasOwn(COLUMN_NAMES, column) ? COLUMN_NAMES[column as PersonnelColumn][0] : column;
}

/** Index of each recognised column in the header; absent when the file has no such column. */
export type ColumnPositions = Partial<Record<PersonnelColumn, number>>;

const columnByKey: ReadonlyMap<string, PersonnelColumn> = new Map(
  (Object.entries(COLUMN_NAMES) as [PersonnelColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [headerKey(name), column] as const),
  ),
);

/** "  Pangkat / Golongan ", "E_MAIL" and "Nama Léngkap" match "pangkat/golongan", "email", "namalengkap". */
export function headerKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9/]/g, '');
}

/** Unknown columns are ignored; when a column appears twice, the leftmost one is used. */
export function locateColumns(headerCells: readonly string[]): ColumnPositions {
  const positions: ColumnPositions = {};
  headerCells.forEach((cell, index) => {
    const column = columnByKey.get(headerKey(cell));
    if (column !== undefined && positions[column] === undefined) positions[column] = index;
  });
  return positions;
}

export function missingRequiredColumns(positions: ColumnPositions): PersonnelColumn[] {
  return REQUIRED_COLUMNS.filter((column) => positions[column] === undefined);
}
