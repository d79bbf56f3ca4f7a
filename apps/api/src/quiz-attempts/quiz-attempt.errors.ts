import { DomainError, ErrorCode, type LocalizedMessage } from '@lentera/errors';

/** Unknown, malformed or someone else's attempt: the same answer, so existence is not revealed. */
export function attemptNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Percobaan kuis tidak ditemukan.', en: 'Quiz attempt not found.' });
}

export function alreadySubmitted(): DomainError {
  return new DomainError(
    ErrorCode.Conflict,
    { id: 'Percobaan ini sudah dikumpulkan.', en: 'This attempt has already been submitted.' },
    { reason: 'attempt_submitted' },
  );
}

export function notAQuizLesson(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Pelajaran ini bukan pelajaran kuis.', en: 'This lesson is not a quiz lesson.' },
    { field: 'lessonId', reason: 'not_quiz' },
  );
}

export const MAX_ANSWERS_PER_SAVE = 200;

export function tooManyAnswers(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Paling banyak ${MAX_ANSWERS_PER_SAVE} jawaban sekali simpan.`,
      en: `At most ${MAX_ANSWERS_PER_SAVE} answers can be saved at once.`,
    },
    { field: 'answers', reason: 'too_many_answers' },
  );
}

/** Why a learner cannot start an attempt now; the same text the overview shows. */
export type StartRefusal = { reason: 'preview' | 'not_open' | 'closed' | 'no_attempts_left' | 'no_questions'; message: LocalizedMessage };

export function startRefused(refusal: StartRefusal): DomainError {
  return new DomainError(ErrorCode.BadUserInput, refusal.message, { reason: refusal.reason });
}

export const startRefusals = {
  preview: (): StartRefusal => ({
    reason: 'preview',
    message: {
      id: 'Ini pratinjau: hanya peserta yang terdaftar yang dapat mengerjakan kuis ini.',
      en: 'This is a preview: only enrolled learners can take this quiz.',
    },
  }),
  notOpen: (): StartRefusal => ({ reason: 'not_open', message: { id: 'Kuis ini belum dibuka.', en: 'This quiz is not open yet.' } }),
  closed: (): StartRefusal => ({ reason: 'closed', message: { id: 'Kuis ini sudah ditutup.', en: 'This quiz is closed.' } }),
  noAttemptsLeft: (maxAttempts: number): StartRefusal => ({
    reason: 'no_attempts_left',
    message: {
      id: `Kesempatan mengerjakan kuis ini sudah habis (${maxAttempts} dari ${maxAttempts} percobaan).`,
      en: `You have no attempts left for this quiz (${maxAttempts} of ${maxAttempts} used).`,
    },
  }),
  noQuestions: (): StartRefusal => ({ reason: 'no_questions', message: { id: 'Kuis ini belum memiliki soal.', en: 'This quiz has no questions yet.' } }),
};
