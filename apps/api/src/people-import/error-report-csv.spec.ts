import type { UserImportProblemRecord } from '@lentera/db';
import { csvCell, errorReportCsv } from './error-report-csv';

function buildProblem(overrides: Partial<UserImportProblemRecord> = {}): UserImportProblemRecord {
  return {
    rowNumber: 4,
    nip: '198503152010121002',
    field: 'nip',
    message: { id: 'Baris 4: NIP salah.', en: 'Row 4: wrong NIP.' },
    ...overrides,
  };
}

describe('errorReportCsv', () => {
  it('writes a UTF-8 CSV with a byte order mark, ";" and the template column names', () => {
    const csv = errorReportCsv([
      buildProblem(),
      buildProblem({ rowNumber: 9, nip: null, field: 'fullName', message: { id: 'Baris 9: Nama; wajib "diisi".', en: 'Row 9: name.' } }),
      buildProblem({ rowNumber: 12, nip: null, field: null }),
    ]);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8').split('\r\n')).toEqual([
      'Baris;NIP;Kolom;Masalah;Problem',
      '4;="198503152010121002";NIP;Baris 4: NIP salah.;Row 4: wrong NIP.',
      '9;;Nama Lengkap;"Baris 9: Nama; wajib ""diisi"".";Row 9: name.',
      '12;;;Baris 4: NIP salah.;Row 4: wrong NIP.',
      '',
    ]);
  });

  it('is only the header for an import without problems', () => {
    expect(errorReportCsv([]).toString('utf8')).toBe('\uFEFFBaris;NIP;Kolom;Masalah;Problem\r\n');
  });
});

describe('csvCell', () => {
  it('defuses what a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Analis')).toBe('Analis');
  });
});
