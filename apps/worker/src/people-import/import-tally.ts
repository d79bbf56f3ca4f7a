import type { PersonnelRow, RowProblem } from '@lentera/asn';
import type { PersonByNip, PersonUpsertResult, UserImportCounts, UserImportProblemRecord, UserImportProgress } from '@lentera/db';
import { emailTakenMessage } from './people-import.messages';

/** What one run of an import has done so far: rows by outcome, and why refused rows were refused. */
export class ImportTally {
  private readonly counts: UserImportCounts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  private readonly problems: UserImportProblemRecord[];
  private processedRows: number;

  /** `fileProblems`: the rows the file check refused; they count as processed from the start. */
  constructor(
    private readonly totalRows: number,
    fileProblems: readonly RowProblem[],
  ) {
    this.problems = fileProblems.map((problem) => ({ ...problem }));
    // A row can have several problems (a wrong NIP and no name); it is one failed row.
    this.counts.failed = new Set(fileProblems.map((problem) => problem.rowNumber)).size;
    this.processedRows = this.counts.failed;
  }

  /** `results[i]` is the outcome of `rows[i]`. */
  add(rows: readonly PersonnelRow[], results: readonly PersonUpsertResult[]): void {
    results.forEach((result, index) => {
      if (result.outcome !== 'email_taken') {
        this.counts[result.outcome] += 1;
        return;
      }
      const { rowNumber, nip } = rows[index];
      this.counts.failed += 1;
      this.problems.push({ rowNumber, nip, field: 'email', message: emailTakenMessage(rowNumber, result.email) });
    });
    this.processedRows += rows.length;
  }

  progress(): UserImportProgress {
    return { ...this.counts, processedRows: this.processedRows };
  }

  percent(): number {
    return this.totalRows === 0 ? 100 : (100 * this.processedRows) / this.totalRows;
  }

  result(): UserImportCounts {
    return { ...this.counts };
  }

  /** In row order, as the admin reads the file. */
  sortedProblems(): UserImportProblemRecord[] {
    return [...this.problems].sort((left, right) => left.rowNumber - right.rowNumber);
  }
}

export function toPersonByNip(row: PersonnelRow): PersonByNip {
  return {
    nip: row.nip,
    fullName: row.fullName,
    email: row.email,
    workUnit: row.workUnit,
    position: row.position,
    rankGrade: row.rankGrade,
    employmentType: row.employmentType,
  };
}
