import { isValidId } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';

/** The longest single progress report: a client reports at least every ten minutes. */
export const MAX_SECONDS_PER_REPORT = 600;

export function assertValidId(id: string, what: 'course' | 'lesson' | 'enrolment'): void {
  if (isValidId(id)) return;
  const names = { course: ['kursus', 'course'], lesson: ['pelajaran', 'lesson'], enrolment: ['pendaftaran', 'enrolment'] }[what];
  throw new DomainError(ErrorCode.BadUserInput, { id: `ID ${names[0]} tidak valid.`, en: `The ${names[1]} id is not valid.` }, { field: `${what}Id` });
}

export function assertSecondsSpent(seconds: number): void {
  if (Number.isInteger(seconds) && seconds >= 0 && seconds <= MAX_SECONDS_PER_REPORT) return;
  throw new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Waktu belajar per laporan harus antara 0 dan ${MAX_SECONDS_PER_REPORT} detik.`,
      en: `Time spent per report must be between 0 and ${MAX_SECONDS_PER_REPORT} seconds.`,
    },
    { field: 'secondsSpent' },
  );
}

/** A course learners cannot open: unknown, or a draft that was never published. */
export function courseNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Kursus tidak ditemukan.', en: 'Course not found.' });
}

export function lessonNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Pelajaran ini tidak ada di versi kursus yang sedang terbit.',
    en: 'This lesson is not in the published version of the course.',
  });
}

export function notEnrolled(): DomainError {
  return new DomainError(
    ErrorCode.Forbidden,
    {
      id: 'Anda belum terdaftar di kursus ini. Daftar dulu untuk membuka pelajarannya.',
      en: 'You are not enrolled in this course. Enrol first to open its lessons.',
    },
    { reason: 'not_enrolled' },
  );
}

export function lessonLocked(previousTitle: string): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Pelajaran ini terkunci. Selesaikan dulu pelajaran sebelumnya: "${previousTitle}".`,
      en: `This lesson is locked. Finish the previous lesson first: "${previousTitle}".`,
    },
    { reason: 'locked' },
  );
}

/** A video report for a lesson that is not a video lesson. */
export function notAVideoLesson(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Pelajaran ini bukan pelajaran video.', en: 'This lesson is not a video lesson.' },
    { field: 'lessonId', reason: 'not_video' },
  );
}

/** The lesson's video is missing or not ready (a published course should never show one). */
export function videoNotWatchable(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Video pelajaran ini belum siap ditonton.', en: "This lesson's video is not ready to watch yet." },
    { reason: 'video_not_ready' },
  );
}
