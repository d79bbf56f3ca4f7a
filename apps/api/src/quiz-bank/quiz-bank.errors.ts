import { isValidId } from '@lentera/db';
import { DomainError, ErrorCode, type LocalizedMessage } from '@lentera/errors';

export function assertQuestionId(id: string): void {
  if (isValidId(id)) return;
  throw new DomainError(ErrorCode.BadUserInput, { id: 'ID soal tidak valid.', en: 'The question id is not valid.' }, { field: 'questionId' });
}

export function tooManyQuestionIds(max: number): DomainError {
  return new DomainError(ErrorCode.BadUserInput, { id: `Paling banyak ${max} soal sekaligus.`, en: `At most ${max} questions at once.` }, { field: 'ids' });
}

export function questionNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Soal tidak ditemukan di bank soal.', en: 'The question is not in the question bank.' });
}

export function staleQuestion(): DomainError {
  return new DomainError(ErrorCode.Conflict, {
    id: 'Soal ini sudah diubah orang lain. Muat ulang lalu coba lagi.',
    en: 'This question was changed by someone else. Reload and try again.',
  });
}

/** A content problem (checkQuestionContent) of the editor's question. */
export function invalidQuestion(problem: { field: string; message: LocalizedMessage }): DomainError {
  return new DomainError(ErrorCode.BadUserInput, problem.message, { field: problem.field });
}

export function invalidQuestionKey(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Kunci soal harus berisi 1 sampai ${MAX_KEY_LENGTH} karakter tanpa baris baru.`,
      en: `A question key must be 1 to ${MAX_KEY_LENGTH} characters long, without line breaks.`,
    },
    { field: 'key' },
  );
}

export const MAX_KEY_LENGTH = 100;

export function questionKeyTaken(key: string): DomainError {
  return new DomainError(
    ErrorCode.Conflict,
    { id: `Kunci soal "${key}" sudah dipakai soal lain di bank soal ini.`, en: `The question key "${key}" is already used by another question in this bank.` },
    { field: 'key' },
  );
}

export function notAQuizLesson(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Pengaturan kuis hanya berlaku untuk pelajaran berjenis kuis.',
    en: 'Quiz settings apply only to lessons of the quiz kind.',
  });
}

export function invalidSettings(field: string, message: LocalizedMessage): DomainError {
  return new DomainError(ErrorCode.BadUserInput, message, { field });
}

export function unknownQuizQuestions(count: number): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `${count} soal yang dipilih tidak ada di bank soal kursus ini.`,
      en: `${count} of the chosen questions ${count === 1 ? 'is' : 'are'} not in this course's question bank.`,
    },
    { field: 'questionIds' },
  );
}

const roleNames = { pre_test: { id: 'pre-test', en: 'pre-test' }, post_test: { id: 'post-test', en: 'post-test' } } as const;

/** A course has one pre-test and one post-test: their scores give the learning gain. */
export function quizRoleTaken(role: 'pre_test' | 'post_test', otherLessonTitle: string): DomainError {
  const name = roleNames[role];
  return new DomainError(
    ErrorCode.Conflict,
    {
      id: `Pelajaran "${otherLessonTitle}" sudah menjadi ${name.id} kursus ini. Satu kursus hanya boleh memiliki satu ${name.id}.`,
      en: `The lesson "${otherLessonTitle}" is already this course's ${name.en}. A course can have only one ${name.en}.`,
    },
    { field: 'role' },
  );
}

/** Publishing: a quiz lesson that would start with no question. */
export function quizWithoutQuestions(title: string): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Kuis "${title}" belum memiliki soal. Pilih soal dari bank soal atau atur pengambilan acak sebelum menerbitkan.`,
      en: `The quiz "${title}" has no questions yet. Choose questions from the question bank or set up a random draw before publishing.`,
    },
    { field: 'quiz', reason: 'quiz_without_questions' },
  );
}

/** Publishing: a quiz lesson whose chosen questions are gone, or whose draw asks more than a tag has. */
export function quizQuestionsMissing(title: string, shortfall: { tag: string | null; wanted: number; available: number }): DomainError {
  const message: LocalizedMessage =
    shortfall.tag === null
      ? {
          id: `Kuis "${title}": ${shortfall.wanted - shortfall.available} soal yang dipilih sudah tidak ada di bank soal. Perbarui pilihan soalnya sebelum menerbitkan.`,
          en: `The quiz "${title}": ${shortfall.wanted - shortfall.available} of the chosen questions are no longer in the question bank. Update its questions before publishing.`,
        }
      : {
          id: `Kuis "${title}" mengambil ${shortfall.wanted} soal bertopik "${shortfall.tag}", tetapi bank soal hanya memiliki ${shortfall.available}. Tambahkan soal atau kurangi jumlahnya sebelum menerbitkan.`,
          en: `The quiz "${title}" draws ${shortfall.wanted} questions tagged "${shortfall.tag}", but the question bank has only ${shortfall.available}. Add questions or lower the number before publishing.`,
        };
  return new DomainError(ErrorCode.BadUserInput, message, { field: 'quiz', reason: 'quiz_questions_missing' });
}

export function importTooLarge(maxBytes: number): DomainError {
  const megabytes = maxBytes / (1024 * 1024);
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: `Berkas bank soal terlalu besar (maksimal ${megabytes} MB). Bagi menjadi beberapa berkas.`, en: `The question bank file is too large (at most ${megabytes} MB). Split it into several files.` },
    { field: 'content', reason: 'too_large' },
  );
}

export function importTooManyQuestions(max: number): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Berkas berisi lebih dari ${max.toLocaleString('id-ID')} soal. Bagi menjadi beberapa berkas.`,
      en: `The file holds more than ${max.toLocaleString('en-US')} questions. Split it into several files.`,
    },
    { field: 'content', reason: 'too_many_questions' },
  );
}

/** The file as a whole cannot be read (not JSON, wrong format marker, no header, ...). */
export function unreadableImport(message: LocalizedMessage): DomainError {
  return new DomainError(ErrorCode.BadUserInput, message, { field: 'content', reason: 'unreadable' });
}

export function emptyImport(): DomainError {
  return unreadableImport({ id: 'Berkas tidak berisi soal.', en: 'The file holds no questions.' });
}
