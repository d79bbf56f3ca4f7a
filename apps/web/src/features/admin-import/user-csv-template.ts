/** The columns the API reads, in this order, separated by semicolons (as Excel in Indonesia writes CSV). */
export const USER_CSV_COLUMNS = ['NIP', 'Nama', 'Email', 'Unit Kerja', 'Jabatan', 'Pangkat/Golongan', 'Jenis'] as const;

const EXAMPLE_ROW = [
  '198503152010121002',
  'Dr. Siti Aminah, M.Si.',
  'siti.aminah@kalbarprov.go.id',
  'Bidang Pengembangan Kompetensi',
  'Analis SDM Aparatur Ahli Muda',
  'Penata Tingkat I (III/d)',
  'PNS',
];

export const USER_CSV_TEMPLATE_NAME = 'templat-impor-asn.csv';

/**
 * The template as a file: header and one example row. The byte order mark
 * makes Excel read it as UTF-8 (names like "Ni Luh Putu Ayu Sukmawati" are
 * fine without it, but "Muhammad Ma’ruf" is not).
 */
export function userCsvTemplate(): Blob {
  const lines = [USER_CSV_COLUMNS.join(';'), EXAMPLE_ROW.join(';')];
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}
