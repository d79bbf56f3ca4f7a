import type { QuestionBankFormat } from '../../gql/generated';

/** The bank file's format: by its extension, else by its first character (`{` or `[` is JSON). */
export function bankFormatOf(fileName: string, text: string): QuestionBankFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'JSON';
  if (lower.endsWith('.csv')) return 'CSV';
  const first = withoutByteOrderMark(text).trimStart().charAt(0);
  return first === '{' || first === '[' ? 'JSON' : 'CSV';
}

/** Excel writes a byte order mark before UTF-8 CSV; it is not part of the first column's name. */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** `bank-soal-<course title>.json`: a name that survives every file system. */
export function bankExportFileName(courseTitle: string, format: QuestionBankFormat, today = new Date()): string {
  const slug =
    courseTitle
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'kursus';
  const date = today.toISOString().slice(0, 10);
  return `bank-soal-${slug}-${date}.${format === 'JSON' ? 'json' : 'csv'}`;
}

export const BANK_FILE_MEDIA_TYPE: Record<QuestionBankFormat, string> = {
  JSON: 'application/json;charset=utf-8',
  CSV: 'text/csv;charset=utf-8',
};
