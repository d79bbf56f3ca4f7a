import type { PersonnelRow, RowProblem } from '@lentera/asn';
import type { PersonUpsertResult } from '@lentera/db';
import { ImportTally } from './import-tally';

function buildRow(rowNumber: number): PersonnelRow {
  return {
    rowNumber,
    nip: `19800101200501100${rowNumber}`,
    nipKind: 'pns',
    fullName: `Pegawai ${rowNumber}`,
    email: `p${rowNumber}@contoh.go.id`,
    workUnit: null,
    position: null,
    rankGrade: null,
    employmentType: 'PNS',
  };
}

function buildProblem(rowNumber: number, field: RowProblem['field']): RowProblem {
  return { rowNumber, nip: null, field, message: { id: `Baris ${rowNumber}: salah.`, en: `Row ${rowNumber}: wrong.` } };
}

describe('ImportTally', () => {
  it('counts a row with several problems once and as processed from the start', () => {
    const tally = new ImportTally(10, [buildProblem(3, 'nip'), buildProblem(3, 'fullName'), buildProblem(7, null)]);
    expect(tally.progress()).toEqual({ created: 0, updated: 0, unchanged: 0, failed: 2, processedRows: 2 });
    expect(tally.percent()).toBe(20);
  });

  it('adds batch outcomes and turns a taken email into a problem of that row', () => {
    const tally = new ImportTally(5, [buildProblem(6, 'nip')]);
    const rows = [2, 3, 4, 5].map(buildRow);
    const results: PersonUpsertResult[] = [
      { nip: rows[0].nip, outcome: 'created', userId: 'a' },
      { nip: rows[1].nip, outcome: 'updated', userId: 'b' },
      { nip: rows[2].nip, outcome: 'email_taken', email: 'p4@contoh.go.id' },
      { nip: rows[3].nip, outcome: 'unchanged', userId: 'c' },
    ];
    tally.add(rows, results);
    expect(tally.result()).toEqual({ created: 1, updated: 1, unchanged: 1, failed: 2 });
    expect(tally.percent()).toBe(100);
    expect(tally.sortedProblems().map((problem) => [problem.rowNumber, problem.field])).toEqual([
      [4, 'email'],
      [6, 'nip'],
    ]);
    expect(tally.sortedProblems()[0].message.id).toMatch(/^Baris 4: Email p4@contoh\.go\.id sudah dipakai akun lain/);
  });

  it('reports a file without data rows as done', () => {
    expect(new ImportTally(0, []).percent()).toBe(100);
  });
});
