/// <reference types="jest" />
import { BANK_CSV_COLUMNS, bankCsvTemplateText, csvField } from './bank-csv-template';
import { QUESTION_TYPES } from './question-form';

/** A minimal reader for the template's own dialect: `;` separators, `"` quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}

describe('bank CSV template', () => {
  const rows = parseCsv(bankCsvTemplateText());

  it('starts with the header the import reads', () => {
    expect(rows[0]).toEqual([...BANK_CSV_COLUMNS]);
  });

  it('has one example of every question type, each row as wide as the header', () => {
    const typeColumn = BANK_CSV_COLUMNS.indexOf('type');
    const types = rows.slice(1).map((row) => row[typeColumn]?.toUpperCase());
    expect(types.sort()).toEqual([...QUESTION_TYPES].sort());
    for (const row of rows) expect(row).toHaveLength(BANK_CSV_COLUMNS.length);
  });

  it('keeps each key unique (importing the template twice updates, never duplicates)', () => {
    const keys = rows.slice(1).map((row) => row[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names the correct options of choice questions by their number (from 1)', () => {
    const cell = (row: string[] | undefined, column: (typeof BANK_CSV_COLUMNS)[number]) => row?.[BANK_CSV_COLUMNS.indexOf(column)] ?? '';
    for (const type of ['single_choice', 'multiple_choice']) {
      const row = rows.find((candidate) => candidate[1] === type);
      const options = cell(row, 'options').split('|');
      const correct = cell(row, 'correct').split('|').map(Number);
      expect(correct.length).toBeGreaterThan(0);
      for (const number of correct) expect(number >= 1 && number <= options.length).toBe(true);
    }
    expect(cell(rows.find((row) => row[1] === 'single_choice'), 'correct').split('|')).toHaveLength(1);
  });

  it('writes matching pairs as "prompt => answer" and rubric criteria as "Title:points"', () => {
    const cell = (type: string, column: (typeof BANK_CSV_COLUMNS)[number]) => rows.find((row) => row[1] === type)?.[BANK_CSV_COLUMNS.indexOf(column)] ?? '';
    for (const pair of cell('matching', 'options').split('|')) expect(pair).toMatch(/^[^=]+ => [^=]+$/);
    const rubric = cell('essay', 'rubric').split('|').map((item) => Number(item.slice(item.lastIndexOf(':') + 1)));
    expect(rubric.reduce((sum, points) => sum + points, 0)).toBe(Number(cell('essay', 'points')));
  });

  it('quotes fields holding a separator, a quote or a line break', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('plain')).toBe('plain');
  });
});
