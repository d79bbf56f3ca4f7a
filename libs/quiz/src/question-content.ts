import type { LocalizedMessage } from '@lentera/errors';
import type { QuestionContent } from '@lentera/db';
import { normalizeShortAnswer } from './normalize-answer';
import { roundPoints } from './points';
import { MAX_SHORT_ANSWER_LENGTH } from './answer-check';

/** One thing wrong with a question, at a field path of the editor's form ('options.2.text'). */
export interface ContentProblem {
  field: string;
  message: LocalizedMessage;
}

export const QUESTION_LIMITS = {
  promptLength: 5_000,
  maxPoints: 1_000,
  tags: 20,
  tagLength: 40,
  feedbackLength: 5_000,
  /** Options, matching pairs, ordering items, rubric criteria. */
  parts: 20,
  partTextLength: 1_000,
  acceptedAnswers: 50,
  rubricTitleLength: 200,
} as const;

const L = QUESTION_LIMITS;

/** Everything wrong with a question's content, for its type; the fields of other types are ignored. */
export function checkQuestionContent(content: QuestionContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, id: string, en: string) => problems.push({ field, message: { id, en } });
  checkCommon(content, report);
  typeChecks[content.type](content, report);
  return problems;
}

type Report = (field: string, id: string, en: string) => void;

function checkCommon(content: QuestionContent, report: Report): void {
  const prompt = content.prompt?.trim() ?? '';
  if (!prompt) report('prompt', 'Tulis pertanyaannya.', 'Write the question.');
  else if (content.prompt.length > L.promptLength) report('prompt', `Pertanyaan paling panjang ${L.promptLength} karakter.`, `A question is at most ${L.promptLength} characters long.`);
  if (!Number.isFinite(content.points) || content.points <= 0 || content.points > L.maxPoints) {
    report('points', `Poin harus lebih dari 0 dan paling banyak ${L.maxPoints}.`, `Points must be more than 0 and at most ${L.maxPoints}.`);
  }
  if (content.tags.length > L.tags) report('tags', `Paling banyak ${L.tags} topik per soal.`, `At most ${L.tags} tags per question.`);
  content.tags.forEach((tag, index) => {
    const length = tag.trim().length;
    if (length < 1 || length > L.tagLength) report(`tags.${index}`, `Topik harus 1 sampai ${L.tagLength} karakter.`, `A tag must be 1 to ${L.tagLength} characters long.`);
  });
  if (content.feedback != null && content.feedback.length > L.feedbackLength) {
    report('feedback', `Umpan balik paling panjang ${L.feedbackLength} karakter.`, `Feedback is at most ${L.feedbackLength} characters long.`);
  }
}

const typeChecks: Record<QuestionContent['type'], (content: QuestionContent, report: Report) => void> = {
  single_choice: (content, report) => {
    checkOptions(content, report);
    if (content.options.filter(({ correct }) => correct).length !== 1) report('options', 'Tandai tepat satu pilihan yang benar.', 'Mark exactly one option as correct.');
  },
  multiple_choice: (content, report) => {
    checkOptions(content, report);
    if (!content.options.some(({ correct }) => correct)) report('options', 'Tandai paling sedikit satu pilihan yang benar.', 'Mark at least one option as correct.');
    const penalty = content.wrongPickPenalty;
    if (penalty != null && !(Number.isFinite(penalty) && penalty >= 0 && penalty <= 1)) {
      report('wrongPickPenalty', 'Potongan untuk pilihan salah harus antara 0 dan 1.', 'The penalty for a wrong pick must be between 0 and 1.');
    }
  },
  true_false: (content, report) => {
    if (typeof content.trueFalseAnswer !== 'boolean') report('trueFalseAnswer', 'Pilih jawaban yang benar: Benar atau Salah.', 'Choose the correct answer: true or false.');
  },
  short_answer: (content, report) => {
    const answers = content.acceptedAnswers;
    if (answers.length < 1 || answers.length > L.acceptedAnswers) {
      report('acceptedAnswers', `Tulis 1 sampai ${L.acceptedAnswers} jawaban yang diterima.`, `Give 1 to ${L.acceptedAnswers} accepted answers.`);
    }
    answers.forEach((answer, index) => {
      if (!normalizeShortAnswer(answer)) report(`acceptedAnswers.${index}`, 'Jawaban yang diterima tidak boleh kosong.', 'An accepted answer cannot be blank.');
      else if (answer.trim().length > MAX_SHORT_ANSWER_LENGTH) {
        report(`acceptedAnswers.${index}`, `Jawaban paling panjang ${MAX_SHORT_ANSWER_LENGTH} karakter.`, `An answer is at most ${MAX_SHORT_ANSWER_LENGTH} characters long.`);
      }
    });
  },
  numeric: (content, report) => {
    if (content.numericAnswer == null || !Number.isFinite(content.numericAnswer)) report('numericAnswer', 'Tulis jawaban berupa angka.', 'Give the answer as a number.');
    const tolerance = content.numericTolerance;
    if (tolerance != null && !(Number.isFinite(tolerance) && tolerance >= 0)) report('numericTolerance', 'Toleransi harus 0 atau lebih.', 'The tolerance must be 0 or more.');
  },
  matching: (content, report) => {
    checkPartCount(content.pairs.length, 'pairs', 'pasangan', 'pairs', report);
    checkDistinctTexts(content.pairs.map(({ prompt }) => prompt), (index) => `pairs.${index}.prompt`, report);
    checkDistinctTexts(content.pairs.map(({ answer }) => answer), (index) => `pairs.${index}.answer`, report);
  },
  ordering: (content, report) => {
    checkPartCount(content.orderItems.length, 'orderItems', 'butir', 'items', report);
    checkDistinctTexts(content.orderItems.map(({ text }) => text), (index) => `orderItems.${index}.text`, report);
  },
  essay: (content, report) => {
    const rubric = content.rubric;
    if (rubric.length === 0) return;
    if (rubric.length > L.parts) report('rubric', `Paling banyak ${L.parts} kriteria rubrik.`, `At most ${L.parts} rubric criteria.`);
    rubric.forEach(({ title, points }, index) => {
      if (!title.trim()) report(`rubric.${index}.title`, 'Tulis nama kriterianya.', 'Write the criterion’s title.');
      else if (title.length > L.rubricTitleLength) report(`rubric.${index}.title`, `Nama kriteria paling panjang ${L.rubricTitleLength} karakter.`, `A criterion title is at most ${L.rubricTitleLength} characters long.`);
      if (!Number.isFinite(points) || points < 0) report(`rubric.${index}.points`, 'Poin kriteria harus 0 atau lebih.', 'A criterion’s points must be 0 or more.');
    });
    const total = roundPoints(rubric.reduce((sum, { points }) => sum + (Number.isFinite(points) ? points : 0), 0));
    if (total !== roundPoints(content.points)) {
      report('rubric', `Jumlah poin kriteria (${total}) harus sama dengan poin soal (${content.points}).`, `The criteria’s points (${total}) must add up to the question’s points (${content.points}).`);
    }
  },
};

function checkOptions(content: QuestionContent, report: Report): void {
  checkPartCount(content.options.length, 'options', 'pilihan', 'options', report);
  checkDistinctTexts(content.options.map(({ text }) => text), (index) => `options.${index}.text`, report);
  content.options.forEach(({ feedback }, index) => {
    if (feedback != null && feedback.length > L.feedbackLength) {
      report(`options.${index}.feedback`, `Umpan balik paling panjang ${L.feedbackLength} karakter.`, `Feedback is at most ${L.feedbackLength} characters long.`);
    }
  });
}

function checkPartCount(count: number, field: string, nameId: string, nameEn: string, report: Report): void {
  if (count < 2 || count > L.parts) report(field, `Buat 2 sampai ${L.parts} ${nameId}.`, `Give 2 to ${L.parts} ${nameEn}.`);
}

/** Non-blank, not too long, and no two the same (compared like short answers: case, spaces, accents). */
function checkDistinctTexts(texts: readonly string[], field: (index: number) => string, report: Report): void {
  const seen = new Set<string>();
  texts.forEach((text, index) => {
    const key = normalizeShortAnswer(text);
    if (!key) report(field(index), 'Teks tidak boleh kosong.', 'The text cannot be blank.');
    else if (text.length > L.partTextLength) report(field(index), `Teks paling panjang ${L.partTextLength} karakter.`, `A text is at most ${L.partTextLength} characters long.`);
    else if (seen.has(key)) report(field(index), 'Teks ini sama dengan yang di atasnya.', 'This text repeats an earlier one.');
    seen.add(key);
  });
}
