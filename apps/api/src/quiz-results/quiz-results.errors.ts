import { isValidId } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';

/** The most rows one page of a results list holds. */
export const MAX_RESULTS_PAGE_SIZE = 100;

export function assertResultsPageSize(first: number): void {
  if (Number.isInteger(first) && first >= 1 && first <= MAX_RESULTS_PAGE_SIZE) return;
  throw new DomainError(
    ErrorCode.BadUserInput,
    { id: `Jumlah per halaman harus antara 1 dan ${MAX_RESULTS_PAGE_SIZE}.`, en: `Page size must be between 1 and ${MAX_RESULTS_PAGE_SIZE}.` },
    { field: 'first' },
  );
}

export function assertIdArgument(id: string, field: 'attemptId' | 'assignmentId'): void {
  if (isValidId(id)) return;
  const names = { attemptId: ['percobaan kuis', 'quiz attempt'], assignmentId: ['penugasan', 'assignment'] }[field];
  throw new DomainError(ErrorCode.BadUserInput, { id: `ID ${names[0]} tidak valid.`, en: `The ${names[1]} id is not valid.` }, { field });
}

/** The lesson is neither in the published version nor in the draft of this course. */
export function quizLessonNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Kuis ini tidak ada di kursus ini.', en: 'This quiz is not part of this course.' }, { field: 'lessonId' });
}

export function invalidGradingRevision(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Revisi penilaian tidak valid. Muat ulang percobaan ini.', en: 'The grading revision is not valid. Reload this attempt.' },
    { field: 'gradingRevision' },
  );
}
