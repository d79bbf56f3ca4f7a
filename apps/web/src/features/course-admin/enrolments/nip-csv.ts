/** The NIPs of a CSV, read in the browser for `assignCourse(nips)`. */
export interface NipList {
  nips: string[];
  /** Where they came from: the column headed "NIP", or the first column. */
  column: 'nip' | 'first';
}

const DELIMITERS = [';', ',', '\t'] as const;

/** Excel in Indonesia saves CSV with ';'; others use ',' or tabs. The header line decides. */
function delimiterOf(line: string): string {
  let best: string = DELIMITERS[0];
  let bestCount = -1;
  for (const delimiter of DELIMITERS) {
    const count = line.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** One CSV line's cells; quotes ("...", with "" inside) are honoured. */
function cellsOf(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

/**
 * Takes the column headed "NIP" (any case), or else the first column; a first
 * line with letters in that column is a header and skipped. NIPs are sent as
 * typed minus spaces (the server validates each one and reports the bad ones),
 * each once, in file order.
 */
export function readNipCsv(text: string): NipList {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return { nips: [], column: 'first' };
  const delimiter = delimiterOf(lines[0]);
  const header = cellsOf(lines[0], delimiter);
  const nipColumn = header.findIndex((cell) => cell.toUpperCase() === 'NIP');
  const column = nipColumn >= 0 ? nipColumn : 0;
  const hasHeader = nipColumn >= 0 || /\p{L}/u.test(header[0] ?? '');

  const seen = new Set<string>();
  for (const line of lines.slice(hasHeader ? 1 : 0)) {
    const value = (cellsOf(line, delimiter)[column] ?? '').replace(/\s+/g, '');
    if (value !== '') seen.add(value);
  }
  return { nips: [...seen], column: nipColumn >= 0 ? 'nip' : 'first' };
}
