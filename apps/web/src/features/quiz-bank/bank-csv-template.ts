/**
 * The CSV a bank imports, as the API reads it (apps/api/src/quiz-bank/README.md,
 * question-bank-csv.ts): one question per row, a header naming the columns, commas or semicolons
 * between columns (the template uses semicolons, as Excel in Indonesia writes them), `|` between
 * the items of a list cell, a backslash making the next character literal.
 *
 * - `type`: single_choice, multiple_choice, true_false, short_answer, numeric, matching, ordering, essay
 * - `options`: choice types the options; matching the pairs as `prompt => answer`; ordering the
 *   items in the correct order
 * - `correct`: choice types, the numbers (from 1) of the correct options, e.g. `1|3`
 * - `answer`: true_false `true`/`false`; short_answer the accepted answers; numeric the number
 * - `tolerance` (numeric), `penalty` (multiple_choice: share of the points a wrong pick costs, 0..1)
 * - `rubric`: essay criteria as `Title:points` (empty: graded with one number)
 * - `optionFeedback`: choice types, feedback per option in the order of `options`
 */
export const BANK_CSV_COLUMNS = [
  'key',
  'type',
  'prompt',
  'tags',
  'points',
  'feedback',
  'options',
  'correct',
  'answer',
  'tolerance',
  'penalty',
  'rubric',
  'optionFeedback',
] as const;

type Column = (typeof BANK_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

const EXAMPLE_ROWS: readonly Row[] = [
  {
    key: 'jp-minimal',
    type: 'single_choice',
    prompt: 'Berapa JP pengembangan kompetensi minimal bagi PNS per tahun?',
    tags: 'regulasi',
    points: '1',
    feedback: 'Lihat peraturan tentang pengembangan kompetensi ASN.',
    options: '10 JP|20 JP|24 JP|40 JP',
    correct: '2',
    optionFeedback: 'Terlalu sedikit.|Tepat.||',
  },
  {
    key: 'bentuk-nonklasikal',
    type: 'multiple_choice',
    prompt: 'Mana saja bentuk pengembangan kompetensi nonklasikal?',
    tags: 'bentuk|nonklasikal',
    points: '2',
    options: 'E-learning|Coaching|Seminar|Magang',
    correct: '1|2|4',
    penalty: '0.5',
  },
  { key: 'jp-menit', type: 'true_false', prompt: 'Satu JP setara 45 menit.', tags: 'regulasi', points: '1', answer: 'true' },
  { key: 'singkatan-asn', type: 'short_answer', prompt: 'Apa kepanjangan ASN?', points: '1', answer: 'Aparatur Sipil Negara|Aparatur Sipil Negeri' },
  { key: 'jp-dalam-menit', type: 'numeric', prompt: 'Berapa menit 20 JP?', points: '1', answer: '900', tolerance: '0' },
  {
    key: 'jenis-kompetensi',
    type: 'matching',
    prompt: 'Pasangkan jenis kompetensi dengan contohnya.',
    points: '3',
    options: 'Teknis => Menyusun anggaran|Manajerial => Memimpin rapat|Sosial kultural => Menghargai keberagaman',
  },
  {
    key: 'tahapan',
    type: 'ordering',
    prompt: 'Urutkan tahapan pengembangan kompetensi.',
    points: '2',
    options: 'Analisis kebutuhan|Perencanaan|Pelaksanaan|Evaluasi',
  },
  {
    key: 'rencana-unit',
    type: 'essay',
    prompt: 'Jelaskan satu rencana pengembangan kompetensi di unit kerja Anda.',
    points: '4',
    rubric: 'Relevansi:2|Kejelasan:2',
  },
];

export const BANK_CSV_TEMPLATE_NAME = 'templat-bank-soal.csv';

/** One CSV field, quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string): string {
  return /[;,"\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The template's text: the header and one example row per question type. */
export function bankCsvTemplateText(): string {
  const lines = [BANK_CSV_COLUMNS.join(';'), ...EXAMPLE_ROWS.map((row) => BANK_CSV_COLUMNS.map((column) => csvField(row[column] ?? '')).join(';'))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The template as a file; the byte order mark makes Excel read it as UTF-8. */
export function bankCsvTemplate(): Blob {
  return new Blob([`\uFEFF${bankCsvTemplateText()}`], { type: 'text/csv;charset=utf-8' });
}
