import { isValidId, normalizeForSearch, type QuizSettingsRecord } from '@lentera/db';
import type { DomainError } from '@lentera/errors';
import { invalidSettings, unknownQuizQuestions } from './quiz-bank.errors';

export const QUIZ_LIMITS = {
  timeLimitMinutes: [1, 1_440],
  maxAttempts: [1, 100],
  passingPercent: [0, 100],
  fixedQuestions: 200,
  draws: 20,
  drawCount: [1, 200],
  drawTag: 40,
} as const;

/**
 * The settings with the list the selection does not use emptied and repeated question ids
 * dropped; BAD_USER_INPUT with the first rule they break (ranges, the window, review after
 * closing, draws). Whether the ids are the course's questions is assertKnownQuestions (it needs the bank).
 */
export function checkedQuizSettings(settings: QuizSettingsRecord): QuizSettingsRecord {
  const problem = rangeProblem(settings) ?? windowProblem(settings) ?? selectionProblem(settings);
  if (problem) throw problem;
  return settings.selection === 'fixed'
    ? { ...settings, questionIds: [...new Set(settings.questionIds)], draws: [] }
    : { ...settings, questionIds: [] };
}

/** BAD_USER_INPUT when the settings name a question that is not in the course's bank. */
export function assertKnownQuestions(settings: QuizSettingsRecord, bankIds: ReadonlySet<string>): void {
  const unknown = settings.questionIds.filter((id) => !bankIds.has(id));
  if (unknown.length) throw unknownQuizQuestions(unknown.length);
}

function rangeProblem(settings: QuizSettingsRecord): DomainError | null {
  const [minPercent, maxPercent] = QUIZ_LIMITS.passingPercent;
  if (!isIntegerIn(settings.passingPercent, minPercent, maxPercent)) {
    return invalidSettings('passingPercent', {
      id: `Nilai kelulusan harus bilangan bulat ${minPercent} sampai ${maxPercent} persen.`,
      en: `The passing score must be a whole number from ${minPercent} to ${maxPercent} percent.`,
    });
  }
  const [minMinutes, maxMinutes] = QUIZ_LIMITS.timeLimitMinutes;
  if (settings.timeLimitMinutes !== null && !isIntegerIn(settings.timeLimitMinutes, minMinutes, maxMinutes)) {
    return invalidSettings('timeLimitMinutes', {
      id: `Batas waktu harus ${minMinutes} sampai ${maxMinutes} menit, atau dikosongkan tanpa batas waktu.`,
      en: `The time limit must be ${minMinutes} to ${maxMinutes} minutes, or empty for no limit.`,
    });
  }
  const [minAttempts, maxAttempts] = QUIZ_LIMITS.maxAttempts;
  if (settings.maxAttempts !== null && !isIntegerIn(settings.maxAttempts, minAttempts, maxAttempts)) {
    return invalidSettings('maxAttempts', {
      id: `Jumlah percobaan harus ${minAttempts} sampai ${maxAttempts}, atau dikosongkan tanpa batas.`,
      en: `The number of attempts must be ${minAttempts} to ${maxAttempts}, or empty for no limit.`,
    });
  }
  return null;
}

function windowProblem(settings: QuizSettingsRecord): DomainError | null {
  if (settings.opensAt && settings.closesAt && settings.closesAt.getTime() <= settings.opensAt.getTime()) {
    return invalidSettings('closesAt', { id: 'Waktu tutup kuis harus setelah waktu bukanya.', en: 'The quiz must close after it opens.' });
  }
  for (const field of ['review', 'correctAnswers'] as const) {
    if (settings[field] === 'after_close' && !settings.closesAt) {
      return invalidSettings(field, {
        id: 'Tampilan "setelah kuis ditutup" memerlukan waktu tutup kuis. Isi waktu tutupnya atau pilih pilihan lain.',
        en: 'Showing answers "after the quiz closes" needs a closing time. Set one or choose another option.',
      });
    }
  }
  return null;
}

function selectionProblem(settings: QuizSettingsRecord): DomainError | null {
  if (settings.selection === 'fixed') {
    if (settings.questionIds.some((id) => !isValidId(id))) {
      return invalidSettings('questionIds', { id: 'Ada ID soal yang tidak valid.', en: 'A question id is not valid.' });
    }
    if (new Set(settings.questionIds).size > QUIZ_LIMITS.fixedQuestions) {
      return invalidSettings('questionIds', {
        id: `Kuis paling banyak berisi ${QUIZ_LIMITS.fixedQuestions} soal.`,
        en: `A quiz holds at most ${QUIZ_LIMITS.fixedQuestions} questions.`,
      });
    }
    return null;
  }
  if (settings.draws.length < 1 || settings.draws.length > QUIZ_LIMITS.draws) {
    return invalidSettings('draws', {
      id: `Pengambilan acak memerlukan 1 sampai ${QUIZ_LIMITS.draws} topik.`,
      en: `A random draw needs 1 to ${QUIZ_LIMITS.draws} tags.`,
    });
  }
  const [minCount, maxCount] = QUIZ_LIMITS.drawCount;
  const seen = new Set<string>();
  for (const draw of settings.draws) {
    if (!draw.tag.trim() || draw.tag.length > QUIZ_LIMITS.drawTag) {
      return invalidSettings('draws', {
        id: `Topik pengambilan acak harus berisi 1 sampai ${QUIZ_LIMITS.drawTag} karakter.`,
        en: `A draw's tag must be 1 to ${QUIZ_LIMITS.drawTag} characters long.`,
      });
    }
    if (!isIntegerIn(draw.count, minCount, maxCount)) {
      return invalidSettings('draws', {
        id: `Jumlah soal per topik harus ${minCount} sampai ${maxCount}.`,
        en: `The number of questions per tag must be ${minCount} to ${maxCount}.`,
      });
    }
    const key = normalizeForSearch(draw.tag);
    if (seen.has(key)) {
      return invalidSettings('draws', { id: `Topik "${draw.tag}" disebut dua kali.`, en: `The tag "${draw.tag}" is named twice.` });
    }
    seen.add(key);
  }
  const total = settings.draws.reduce((sum, draw) => sum + draw.count, 0);
  if (total > QUIZ_LIMITS.fixedQuestions) {
    return invalidSettings('draws', {
      id: `Kuis paling banyak berisi ${QUIZ_LIMITS.fixedQuestions} soal (pengambilan acak ini ${total}).`,
      en: `A quiz holds at most ${QUIZ_LIMITS.fixedQuestions} questions (this draw takes ${total}).`,
    });
  }
  return null;
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
