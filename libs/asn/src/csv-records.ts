/**
 * RFC 4180 CSV, read in two passes so one badly encoded row cannot spoil the others:
 * 1. `splitCsvRecords` cuts the raw bytes into records on unquoted line breaks;
 * 2. the caller decodes each record on its own and `splitCsvFields` cuts it into cells.
 * Both passes run the same state machine (`advance`), so they always agree on where quoted
 * text begins and ends. Quotes, delimiters and line breaks are ASCII; in UTF-8 (and in the
 * Windows-1252 bytes that wrongly saved files contain) every byte of a multi-byte character is
 * 0x80 or above, so scanning bytes can never mistake part of a character for one of them.
 */

export type CsvDelimiter = ',' | ';';

export interface CsvRecord {
  /**
   * 1-based, counting blank records too. A quoted cell with line breaks stays inside one record,
   * so this is the row number Excel shows when the file is opened there.
   */
  rowNumber: number;
  bytes: Uint8Array;
  /** The file ended inside a quoted cell: this record swallowed everything after its opening quote. */
  unterminatedQuote: boolean;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just read a quote inside a quoted cell: either the closing quote or the first half of `""`. */
const QUOTE_IN_QUOTED = 3;
type ScanState = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_IN_QUOTED;

/** Works on bytes and on UTF-16 code units alike: every unit it reacts to is ASCII. */
function advance(state: ScanState, unit: number, delimiter: number): ScanState {
  switch (state) {
    case FIELD_START:
      if (unit === QUOTE) return QUOTED;
      // Spaces before an opening quote (`a; "b;c"`) are common in hand-edited files.
      if (unit === delimiter || unit === SPACE || unit === TAB) return FIELD_START;
      return UNQUOTED;
    case UNQUOTED:
      return unit === delimiter ? FIELD_START : UNQUOTED;
    case QUOTED:
      return unit === QUOTE ? QUOTE_IN_QUOTED : QUOTED;
    case QUOTE_IN_QUOTED:
      if (unit === QUOTE) return QUOTED;
      // Text after a closing quote is kept as plain text rather than rejected.
      return unit === delimiter ? FIELD_START : UNQUOTED;
  }
}

/**
 * Splits on line breaks outside quotes: LF, CRLF, and a lone CR (old Mac Excel). Blank lines
 * come back as empty records so row numbers keep matching the file.
 */
export function* splitCsvRecords(bytes: Uint8Array, delimiter: CsvDelimiter): Generator<CsvRecord> {
  const delimiterCode = delimiter.charCodeAt(0);
  let state: ScanState = FIELD_START;
  let start = 0;
  let rowNumber = 1;
  for (let index = 0; index < bytes.length; index++) {
    const unit = bytes[index];
    if (state !== QUOTED && (unit === LF || unit === CR)) {
      yield { rowNumber, bytes: bytes.subarray(start, index), unterminatedQuote: false };
      if (unit === CR && bytes[index + 1] === LF) index++;
      start = index + 1;
      rowNumber++;
      state = FIELD_START;
    } else {
      state = advance(state, unit, delimiterCode);
    }
  }
  if (start < bytes.length) {
    yield { rowNumber, bytes: bytes.subarray(start), unterminatedQuote: state === QUOTED };
  }
}

/** Cells of one decoded record, quotes removed and `""` turned into `"`. Not trimmed. */
export function splitCsvFields(record: string, delimiter: CsvDelimiter): string[] {
  const delimiterCode = delimiter.charCodeAt(0);
  const fields: string[] = [];
  let current = '';
  let state: ScanState = FIELD_START;
  for (let index = 0; index < record.length; index++) {
    const unit = record.charCodeAt(index);
    if (unit === delimiterCode && state !== QUOTED) {
      fields.push(current);
      current = '';
      state = FIELD_START;
      continue;
    }
    const next = advance(state, unit, delimiterCode);
    if (isCellContent(state, next)) current += record[index];
    state = next;
  }
  fields.push(current);
  return fields;
}

function isCellContent(from: ScanState, to: ScanState): boolean {
  // A quote inside a quoted cell is held back: the next unit tells whether it was `""` (kept then) or the close.
  if (to === QUOTE_IN_QUOTED) return false;
  // At the start of a cell, the opening quote and leading blanks are not content.
  if (from === FIELD_START) return to === UNQUOTED;
  return true;
}

/**
 * Picks `;` or `,` by counting them outside quotes on the first line that has either (the header,
 * unless it is a single column; then the data decides).
 * Excel writes `;` where the regional list separator is `;`, as on Indonesian Windows.
 */
export function detectCsvDelimiter(bytes: Uint8Array): CsvDelimiter {
  let inQuotes = false;
  let commas = 0;
  let semicolons = 0;
  for (let index = 0; index < bytes.length; index++) {
    const unit = bytes[index];
    if (unit === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (unit === COMMA) commas++;
    else if (unit === SEMICOLON) semicolons++;
    else if ((unit === LF || unit === CR) && commas + semicolons > 0) break;
  }
  return semicolons > commas ? ';' : ',';
}
