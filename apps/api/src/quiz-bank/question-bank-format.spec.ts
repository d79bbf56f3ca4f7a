import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuestionRecord } from '@lentera/db';
import { withContentIds } from '@lentera/quiz';
import { formatCsvBank, parseCsvBank } from './question-bank-csv';
import { derivedKey, type ParsedBankFile } from './question-bank-format';
import { formatJsonBank, parseJsonBank } from './question-bank-json';
import { contentFingerprint, rowProblems } from './question-import';

const readme = readFileSync(join(__dirname, 'README.md'), 'utf8');
const codeBlocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map(([, language, body]) => ({ language, body }));

function records(file: ParsedBankFile): QuestionRecord[] {
  return file.rows.map((row, index) => ({
    ...withContentIds(row.content),
    id: String(index).padStart(24, '0'),
    courseId: 'c'.repeat(24),
    agencyId: 'a'.repeat(24),
    key: row.key,
    revision: 1,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  }));
}

describe('the documented question bank formats', () => {
  const jsonExample = codeBlocks.filter((block) => block.language === 'json').at(-1)!.body;
  const csvExample = codeBlocks.filter((block) => block.body.startsWith('key;type;'))[0].body;

  it.each([
    ['JSON', () => parseJsonBank(jsonExample)],
    ['CSV', () => parseCsvBank(csvExample)],
  ])('reads the README %s example: one valid question of every type', (_format, parse) => {
    const file = parse();
    expect(file.problems).toEqual([]);
    expect(rowProblems(file.rows)).toEqual([]);
    expect(file.rows.map((row) => row.content.type)).toEqual(['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric', 'matching', 'ordering', 'essay']);
  });

  it('gives the JSON and the CSV example the same content and keys', () => {
    const json = parseJsonBank(jsonExample).rows;
    const csv = parseCsvBank(csvExample).rows;
    expect(csv.map((row) => row.key)).toEqual(json.map((row) => row.key));
    expect(csv.map((row) => contentFingerprint(row.content))).toEqual(json.map((row) => contentFingerprint(row.content)));
    expect(csv[6].line).toBe(8);
    expect(csv[7].line).toBe(9);
  });

  it('derives the same key from the same type and prompt', () => {
    expect(derivedKey('true_false', 'Satu JP 45 menit.')).toBe(derivedKey('true_false', 'Satu JP 45 menit.'));
    expect(derivedKey('true_false', 'Satu JP 45 menit.')).not.toBe(derivedKey('short_answer', 'Satu JP 45 menit.'));
    expect(derivedKey('essay', 'x')).toMatch(/^auto-[0-9a-f]{16}$/);
  });

  it('writes what it reads back, separators, quotes and backslashes included', () => {
    const tricky = parseJsonBank(
      JSON.stringify({
        format: 'lentera-question-bank',
        version: 1,
        questions: [
          { key: 'k,1', type: 'short_answer', prompt: ' "Kutip", titik; koma\ndan | garis ', tags: ['a|b', 'c\\d'], acceptedAnswers: ['x|y', 'z\\'] },
          { type: 'matching', prompt: 'Panah => di sini', pairs: [{ prompt: 'a => b', answer: 'c|d' }, { prompt: 'e\\', answer: '=>' }] },
          { type: 'essay', prompt: 'Esai', points: 3, rubric: [{ title: 'Isi: inti', points: 1.5 }, { title: 'Bahasa|gaya', points: 1.5 }] },
          { type: 'single_choice', prompt: 'Pilih', options: [{ text: 'A', correct: false, feedback: 'Bukan | ini' }, { text: 'B', correct: true }] },
        ],
      }),
    );
    expect(tricky.problems).toEqual([]);
    const bank = records(tricky);
    for (const [format, parse] of [
      [formatJsonBank, parseJsonBank],
      [formatCsvBank, parseCsvBank],
    ] as const) {
      const again = parse(format(bank));
      expect(again.problems).toEqual([]);
      expect(again.rows.map((row) => row.key)).toEqual(bank.map((question) => question.key));
      expect(again.rows.map((row) => contentFingerprint(row.content))).toEqual(bank.map(contentFingerprint));
    }
  });
});
