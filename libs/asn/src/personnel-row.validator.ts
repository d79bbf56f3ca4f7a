import type { LocalizedMessage } from './localized-message';
import { parseNip } from './nip';
import type { NipKind, ParsedNip } from './nip';
import type { PersonnelColumn } from './personnel-columns';
import {
  duplicateEmailMessage,
  duplicateNipMessage,
  employmentTypeMismatchMessage,
  invalidEmailMessage,
  missingNameMessage,
  roundedNipMessage,
  rowNipMessage,
  scientificNipMessage,
  unknownEmploymentTypeMessage,
} from './personnel-csv.messages';

export type EmploymentType = 'PNS' | 'PPPK';

export interface PersonnelRow {
  /** Row number in the file as Excel shows it; the header is row 1. */
  rowNumber: number;
  nip: string;
  nipKind: NipKind;
  fullName: string;
  /** Lower-cased. */
  email: string | null;
  workUnit: string | null;
  position: string | null;
  rankGrade: string | null;
  employmentType: EmploymentType;
}

export interface RowProblem {
  rowNumber: number;
  /** The NIP as parsed, or as typed when it is not valid; null when the cell is empty or unreadable. */
  nip: string | null;
  /** The PersonnelRow field at fault; null when the whole row is (unreadable bytes, a broken quote). */
  field: PersonnelColumn | null;
  message: LocalizedMessage;
}

/** Cells of one row by column, whitespace collapsed; '' for an empty cell or a column the file lacks. */
export type PersonnelCells = Record<PersonnelColumn, string>;

export type RowOutcome = { ok: true; row: PersonnelRow } | { ok: false; problems: RowProblem[] };

interface Issue {
  field: PersonnelColumn;
  message: LocalizedMessage;
}

type Checked<T> = { ok: true; value: T } | { ok: false; message: LocalizedMessage };

/** How Excel shows an 18-digit number in a General-formatted cell: 1.98503E+17, or 1,98503E+17 in Indonesian. */
const SCIENTIFIC_NOTATION = /^\d+(?:[.,]\d+)?e\+?\d+$/i;
const EMAIL = /^[a-z0-9._%+'-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
/** CPNS (a PNS in probation) carries a PNS NIP; P3K is the everyday spelling of PPPK. */
const EMPLOYMENT_TYPES: Readonly<Record<string, EmploymentType>> = { PNS: 'PNS', CPNS: 'PNS', PPPK: 'PPPK', P3K: 'PPPK' };
const EMPLOYMENT_TYPE_OF_KIND: Readonly<Record<NipKind, EmploymentType>> = { pns: 'PNS', pppk: 'PPPK' };

export function looksLikeScientificNotation(cell: string): boolean {
  return SCIENTIFIC_NOTATION.test(cell);
}

/**
 * Validates rows one at a time and remembers NIPs and emails already seen, so the second and
 * later rows with the same value are the ones reported. A value counts as seen from its first
 * row even if that row fails for another reason: the admin then fixes both rows in one pass.
 */
export class PersonnelRowValidator {
  private readonly firstRowByNip = new Map<string, number>();
  private readonly firstRowByEmail = new Map<string, number>();

  constructor(private readonly today: Date) {}

  validate(rowNumber: number, cells: PersonnelCells): RowOutcome {
    const issues: Issue[] = [];
    const nip = readNip(rowNumber, cells.nip, this.today);
    if (!nip.ok) issues.push({ field: 'nip', message: nip.message });
    else this.checkDuplicateNip(rowNumber, nip.value.nip, issues);

    if (cells.fullName === '') issues.push({ field: 'fullName', message: missingNameMessage(rowNumber) });

    const email = readEmail(rowNumber, cells.email);
    if (!email.ok) issues.push({ field: 'email', message: email.message });
    else if (email.value !== null) this.checkDuplicateEmail(rowNumber, email.value, issues);

    const declaredType = readEmploymentType(rowNumber, cells.employmentType, nip.ok ? nip.value.kind : null);
    if (!declaredType.ok) issues.push({ field: 'employmentType', message: declaredType.message });

    // The `ok` checks add nothing to `issues.length`; they let the compiler narrow the values below.
    if (issues.length > 0 || !nip.ok || !email.ok || !declaredType.ok) {
      const problemNip = nip.ok ? nip.value.nip : cells.nip || null;
      return { ok: false, problems: issues.map((issue) => ({ rowNumber, nip: problemNip, ...issue })) };
    }
    return { ok: true, row: toPersonnelRow(rowNumber, cells, nip.value, email.value, declaredType.value) };
  }

  private checkDuplicateNip(rowNumber: number, nip: string, issues: Issue[]): void {
    const firstRow = claimFirstRow(this.firstRowByNip, nip, rowNumber);
    if (firstRow !== null) issues.push({ field: 'nip', message: duplicateNipMessage(rowNumber, nip, firstRow) });
  }

  private checkDuplicateEmail(rowNumber: number, email: string, issues: Issue[]): void {
    const firstRow = claimFirstRow(this.firstRowByEmail, email, rowNumber);
    if (firstRow !== null) issues.push({ field: 'email', message: duplicateEmailMessage(rowNumber, email, firstRow) });
  }
}

/** Records `rowNumber` as the first row with `key`, or returns the row that already was. */
function claimFirstRow(firstRows: Map<string, number>, key: string, rowNumber: number): number | null {
  const firstRow = firstRows.get(key);
  if (firstRow !== undefined) return firstRow;
  firstRows.set(key, rowNumber);
  return null;
}

function readNip(rowNumber: number, cell: string, today: Date): Checked<ParsedNip> {
  if (looksLikeScientificNotation(cell)) return { ok: false, message: scientificNipMessage(rowNumber, cell) };
  // A leading apostrophe is how Excel users force a cell to text; some exports keep it.
  const result = parseNip(cell.replace(/^'/, ''), today);
  if (result.ok) return result;
  // A real NIP never has serial 000; an 18-digit number typed into a General cell always does.
  const message =
    result.problem === 'invalid_serial'
      ? roundedNipMessage(rowNumber, result.message)
      : rowNipMessage(rowNumber, result.message);
  return { ok: false, message };
}

function readEmail(rowNumber: number, cell: string): Checked<string | null> {
  if (cell === '') return { ok: true, value: null };
  const email = cell.toLowerCase();
  return EMAIL.test(email) ? { ok: true, value: email } : { ok: false, message: invalidEmailMessage(rowNumber, cell) };
}

/** The type the row states (null when empty); checked against the NIP when the NIP is valid. */
function readEmploymentType(rowNumber: number, cell: string, nipKind: NipKind | null): Checked<EmploymentType | null> {
  if (cell === '') return { ok: true, value: null };
  const declared = EMPLOYMENT_TYPES[cell.toUpperCase().replace(/[\s.]/g, '')];
  if (declared === undefined) return { ok: false, message: unknownEmploymentTypeMessage(rowNumber, cell) };
  if (nipKind !== null && declared !== EMPLOYMENT_TYPE_OF_KIND[nipKind]) {
    return { ok: false, message: employmentTypeMismatchMessage(rowNumber, declared, EMPLOYMENT_TYPE_OF_KIND[nipKind]) };
  }
  return { ok: true, value: declared };
}

function toPersonnelRow(
  rowNumber: number,
  cells: PersonnelCells,
  nip: ParsedNip,
  email: string | null,
  declaredType: EmploymentType | null,
): PersonnelRow {
  return {
    rowNumber,
    nip: nip.nip,
    nipKind: nip.kind,
    fullName: cells.fullName,
    email,
    workUnit: cells.workUnit || null,
    position: cells.position || null,
    rankGrade: cells.rankGrade || null,
    employmentType: declaredType ?? EMPLOYMENT_TYPE_OF_KIND[nip.kind],
  };
}
