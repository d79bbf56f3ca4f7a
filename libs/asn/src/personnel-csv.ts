import { detectCsvDelimiter, splitCsvFields, splitCsvRecords } from './csv-records';
import type { CsvDelimiter, CsvRecord } from './csv-records';
import { normalizeNip } from './nip';
import { COLUMN_NAMES, locateColumns, missingRequiredColumns } from './personnel-columns';
import type { ColumnPositions, PersonnelColumn } from './personnel-columns';
import {
  binaryFileMessage,
  emptyFileMessage,
  excelWorkbookMessage,
  missingColumnsMessage,
  noHeaderMessage,
  rowNotUtf8Message,
  tooManyRowsMessage,
  unreadableHeaderMessage,
  unterminatedQuoteMessage,
  utf16FileMessage,
} from './personnel-csv.messages';
import { PersonnelFileError } from './personnel-file.error';
import { looksLikeScientificNotation, PersonnelRowValidator } from './personnel-row.validator';
import type { PersonnelCells, PersonnelRow, RowProblem } from './personnel-row.validator';

/*
 * Reads the personnel export an agency admin uploads (CSV from Excel, SIMPEG or SIASN).
 *
 * Row numbers: every record counts, blank ones included, and the header is row 1 when the file
 * starts with it. A quoted cell with line breaks does not start a new row, which is how Excel
 * numbers rows, so "Baris 5" is row 5 when the admin opens the file in Excel. Without such cells
 * it is also the line number in a text editor.
 */

export interface ParsedPersonnelFile {
  rows: PersonnelRow[];
  problems: RowProblem[];
  /** Data rows in the file, valid or not; blank rows and the header are not counted. */
  totalRows: number;
}

export interface PersonnelCsvOptions {
  /** Reference date for the NIP checks; defaults to now. */
  today?: Date;
  /** More data rows than this refuses the whole file. */
  maxRows?: number;
}

export const DEFAULT_MAX_PERSONNEL_ROWS = 20_000;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF16_LE_BOM = [0xff, 0xfe];
const UTF16_BE_BOM = [0xfe, 0xff];
/** Text never contains NUL; this many leading bytes are enough to tell a binary file. */
const BINARY_SNIFF_LENGTH = 4096;

// One decoder per module: `fatal` makes it throw on bytes that are not UTF-8 instead of inserting U+FFFD.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

const personnelColumns = Object.keys(COLUMN_NAMES) as PersonnelColumn[];

/**
 * Whole-file problems (empty, not a CSV, no usable header, too many rows) throw a
 * PersonnelFileError; problems of single rows are collected and those rows skipped.
 */
export function parsePersonnelCsv(bytes: Buffer, options: PersonnelCsvOptions = {}): ParsedPersonnelFile {
  const maxRows = options.maxRows ?? DEFAULT_MAX_PERSONNEL_ROWS;
  const content = withoutBom(rejectNonCsv(bytes));
  const delimiter = detectCsvDelimiter(content);
  const records = splitCsvRecords(content, delimiter);
  const positions = readHeader(records, delimiter);
  const validator = new PersonnelRowValidator(options.today ?? new Date());
  const file: ParsedPersonnelFile = { rows: [], problems: [], totalRows: 0 };

  // Continues the same generator after the header.
  for (const record of records) {
    const text = strictUtf8Decode(record.bytes);
    if (text !== null && isBlank(text, delimiter)) continue;
    file.totalRows++;
    if (file.totalRows > maxRows) throw new PersonnelFileError(tooManyRowsMessage(maxRows), 'too_many_rows');
    readRow(record, text, { delimiter, positions, validator }, file);
  }
  return file;
}

interface RowContext {
  delimiter: CsvDelimiter;
  positions: ColumnPositions;
  validator: PersonnelRowValidator;
}

function readRow(record: CsvRecord, text: string | null, context: RowContext, file: ParsedPersonnelFile): void {
  const { rowNumber } = record;
  if (text === null || record.unterminatedQuote) {
    // The NIP is plain digits, so it survives lossy decoding and helps the admin find the row.
    const cells = pickCells(lenientUtf8.decode(record.bytes), context);
    const message = text === null ? rowNotUtf8Message(rowNumber) : unterminatedQuoteMessage(rowNumber);
    file.problems.push({ rowNumber, nip: cells.nip || null, field: null, message });
    return;
  }
  const outcome = context.validator.validate(rowNumber, pickCells(text, context));
  if (outcome.ok) file.rows.push(outcome.row);
  else file.problems.push(...outcome.problems);
}

/** The first non-blank record is the header; blank lines above it are allowed. */
function readHeader(records: Iterator<CsvRecord>, delimiter: CsvDelimiter): ColumnPositions {
  for (let next = records.next(); !next.done; next = records.next()) {
    const { rowNumber, bytes } = next.value;
    const text = strictUtf8Decode(bytes);
    if (text === null) throw new PersonnelFileError(unreadableHeaderMessage(rowNumber), 'not_utf8');
    if (isBlank(text, delimiter)) continue;
    return checkHeader(splitCsvFields(text, delimiter).map(cleanCell), rowNumber);
  }
  throw new PersonnelFileError(emptyFileMessage(), 'empty_file');
}

function checkHeader(cells: string[], rowNumber: number): ColumnPositions {
  const positions = locateColumns(cells);
  const missing = missingRequiredColumns(positions);
  if (missing.length === 0) return positions;
  const recognisesNothing = Object.keys(positions).length === 0;
  if (recognisesNothing && cells.some(looksLikeNip)) {
    throw new PersonnelFileError(noHeaderMessage(rowNumber), 'no_header');
  }
  throw new PersonnelFileError(missingColumnsMessage(missing, rowNumber), 'missing_columns');
}

function looksLikeNip(cell: string): boolean {
  return /^\d{15,}$/.test(normalizeNip(cell)) || looksLikeScientificNotation(cell);
}

function pickCells(text: string, { delimiter, positions }: RowContext): PersonnelCells {
  const fields = splitCsvFields(text, delimiter);
  const cells = {} as PersonnelCells;
  for (const column of personnelColumns) {
    const index = positions[column];
    cells[column] = index === undefined ? '' : cleanCell(fields[index] ?? '');
  }
  return cells;
}

/** Trims, and folds line breaks typed with Alt+Enter and repeated spaces into one space. */
function cleanCell(cell: string): string {
  return cell.replace(/\s+/g, ' ').trim();
}

/** Blank lines, and the `;;;;;` rows Excel writes for empty sheet rows (quoted empty cells too). */
const BLANK_RECORD: Readonly<Record<CsvDelimiter, RegExp>> = { ',': /^[\s",]*$/, ';': /^[\s";]*$/ };

function isBlank(text: string, delimiter: CsvDelimiter): boolean {
  return BLANK_RECORD[delimiter].test(text);
}

function strictUtf8Decode(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Catches the files admins most often upload by mistake, with a message saying what to do instead. */
function rejectNonCsv(bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0) throw new PersonnelFileError(emptyFileMessage(), 'empty_file');
  if (startsWith(bytes, ZIP_SIGNATURE)) throw new PersonnelFileError(excelWorkbookMessage('.xlsx'), 'not_csv');
  if (startsWith(bytes, OLE_SIGNATURE)) throw new PersonnelFileError(excelWorkbookMessage('.xls'), 'not_csv');
  if (startsWith(bytes, UTF16_LE_BOM) || startsWith(bytes, UTF16_BE_BOM)) {
    throw new PersonnelFileError(utf16FileMessage(), 'not_csv');
  }
  if (bytes.subarray(0, BINARY_SNIFF_LENGTH).includes(0)) throw new PersonnelFileError(binaryFileMessage(), 'not_csv');
  return bytes;
}

function withoutBom(bytes: Uint8Array): Uint8Array {
  return startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * For the "download template" button: the preferred column names and two example rows.
 * Semicolons because Excel on Indonesian regional settings splits those into columns; the
 * importer reads either delimiter, whatever Excel writes back.
 */
export const personnelCsvTemplate: string =
  [
    personnelColumns.map((column) => COLUMN_NAMES[column][0]).join(';'),
    '198503152010121002;"Dr. Siti Aminah, M.Si.";siti.aminah@bpsdm.kalbarprov.go.id;Bidang Pengembangan Kompetensi;' +
      'Analis Kebijakan Ahli Muda;Penata Tk. I (III/d);PNS',
    '199207182022212001;"Rina Marlina, S.Kom.";rina.marlina@bpsdm.kalbarprov.go.id;Bidang Sertifikasi Kompetensi;' +
      'Pranata Komputer Ahli Pertama;IX;PPPK',
  ].join('\r\n') + '\r\n';
