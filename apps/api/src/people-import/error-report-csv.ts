import { personnelColumnLabel } from '@lentera/asn';
import type { UserImportProblemRecord } from '@lentera/db';

const HEADER = ['Baris', 'NIP', 'Kolom', 'Masalah', 'Problem'];

/**
 * The problems of an import as a CSV for Excel on Indonesian settings: UTF-8 with a byte order
 * mark (or Excel guesses the encoding), `;` between cells, one problem per line in row order.
 */
export function errorReportCsv(problems: readonly UserImportProblemRecord[]): Buffer {
  const lines = [
    HEADER.join(';'),
    ...problems.map((problem) =>
      [
        String(problem.rowNumber),
        nipCell(problem.nip),
        csvCell(problem.field ? personnelColumnLabel(problem.field) : ''),
        csvCell(problem.message.id),
        csvCell(problem.message.en),
      ].join(';'),
    ),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * Excel turns an 18-digit number into 1.97806E+17 and drops the last digits, the very mistake
 * the report may be about; `="…"` makes it keep the digits as text.
 */
function nipCell(nip: string | null): string {
  if (nip === null) return '';
  return /^\d+$/.test(nip) ? `="${nip}"` : csvCell(nip);
}

/**
 * Quoted when needed. Cells echo what the admin typed, so text that a spreadsheet would run as a
 * formula (=, +, -, @) gets a leading apostrophe (OWASP's advice against CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
