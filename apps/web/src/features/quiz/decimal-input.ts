/** What the learner typed in a numeric answer: nothing, a number, or text that is not a number. */
export type DecimalParse = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const SPACES = /[\s\u00a0\u202f]/g;
const INVALID: DecimalParse = { kind: 'invalid' };

const count = (text: string, mark: string) => text.split(mark).length - 1;

/** "1.234" with `.` as the thousands mark: 1–3 digits, then groups of exactly 3. */
function wholeDigits(whole: string, thousandsMark: string): string | null {
  const groups = whole.split(thousandsMark);
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0]) || !groups.slice(1).every((group) => /^\d{3}$/.test(group)))) return null;
  const digits = groups.join('');
  return /^\d*$/.test(digits) ? digits : null;
}

/**
 * A number as people type it on a phone in Indonesia: "3,5" (decimal comma), "3.5" (a dot
 * keypad), "1.234,5" and "1,234.5" (with thousands), "−2". With both marks the last one is the
 * decimal mark; a single mark is the decimal one, a repeated mark the thousands one ("1.000.000").
 * The screen shows the number as it was read, so a learner sees what "1.500" became.
 */
export function parseDecimal(input: string): DecimalParse {
  let text = input.replace(SPACES, '').replace(/^[\u2212\u2013]/, '-');
  if (text === '') return { kind: 'empty' };
  const sign = text.startsWith('-') ? -1 : 1;
  if (text.startsWith('-') || text.startsWith('+')) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return INVALID;

  const commas = count(text, ',');
  const dots = count(text, '.');
  let decimalMark: ',' | '.' | null = null;
  if (commas > 0 && dots > 0) decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
  else if (commas === 1) decimalMark = ',';
  else if (dots === 1) decimalMark = '.';
  const thousandsMark = decimalMark === ',' ? '.' : decimalMark === '.' ? ',' : commas > 0 ? ',' : '.';

  const [whole, fraction = '', ...rest] = decimalMark ? text.split(decimalMark) : [text];
  if (rest.length > 0 || !/^\d*$/.test(fraction)) return INVALID;
  // "3," is still being typed: not a number yet.
  if (decimalMark && fraction === '') return INVALID;
  const digits = wholeDigits(whole, thousandsMark);
  if (digits === null) return INVALID;
  const value = sign * Number(`${digits || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? { kind: 'number', value } : INVALID;
}
