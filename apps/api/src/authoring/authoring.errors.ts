import { isValidId } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';

const idNames = {
  course: { id: 'kursus', en: 'course' },
  module: { id: 'modul', en: 'module' },
  lesson: { id: 'pelajaran', en: 'lesson' },
  document: { id: 'dokumen', en: 'document' },
  video: { id: 'video', en: 'video' },
  coverImage: { id: 'gambar sampul', en: 'cover image' },
  instructor: { id: 'pengajar', en: 'instructor' },
} as const;

/** A malformed id is the caller's mistake, not a missing record: BAD_USER_INPUT before any query. */
export function assertId(id: string, kind: keyof typeof idNames): void {
  if (isValidId(id)) return;
  throw new DomainError(ErrorCode.BadUserInput, { id: `ID ${idNames[kind].id} tidak valid.`, en: `The ${idNames[kind].en} id is not valid.` }, { field: kind });
}

export function courseNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Kursus tidak ditemukan.', en: 'Course not found.' });
}

export function moduleNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Modul tidak ditemukan di draf kursus ini. Muat ulang lalu coba lagi.',
    en: "The module is not in this course's draft. Reload and try again.",
  });
}

export function lessonNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Pelajaran tidak ditemukan di draf kursus ini. Muat ulang lalu coba lagi.',
    en: "The lesson is not in this course's draft. Reload and try again.",
  });
}

export function archivedCourse(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Kursus ini sudah diarsipkan dan tidak dapat diubah lagi.',
    en: 'This course is archived and can no longer be changed.',
  });
}

export function archivedCourseNotPublishable(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Kursus yang sudah diarsipkan tidak dapat diterbitkan lagi.',
    en: 'An archived course cannot be published again.',
  });
}

/** The order sent does not name exactly the draft's modules and lessons: it was made from an older outline. */
export function outlineMismatch(): DomainError {
  return new DomainError(ErrorCode.Conflict, {
    id: 'Susunan yang dikirim tidak cocok dengan isi kursus saat ini (ada modul atau pelajaran yang kurang, lebih, atau ganda). Muat ulang lalu coba lagi.',
    en: "The order sent does not match the course's current outline (a module or lesson is missing, extra, or repeated). Reload and try again.",
  });
}

export function outlineTooLarge(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, { id: 'Susunan kursus terlalu besar.', en: 'The course outline is too large.' });
}

export function courseWithoutLessons(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Kursus belum memiliki pelajaran. Tambahkan setidaknya satu pelajaran sebelum menerbitkan.',
    en: 'The course has no lessons yet. Add at least one lesson before publishing.',
  });
}

export function incompleteLesson(title: string, missing: 'document' | 'videoId' | 'externalUrl'): DomainError {
  const what = { document: { id: 'dokumen', en: 'a document' }, videoId: { id: 'video', en: 'a video' }, externalUrl: { id: 'alamat tautan', en: 'a link address' } }[missing];
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: `Pelajaran "${title}" belum memiliki ${what.id}.`, en: `The lesson "${title}" has no ${what.en} yet.` },
    { field: missing },
  );
}

/** Learners must never meet a lesson whose video still processes or failed. */
export function videoNotReady(title: string, failed: boolean): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    failed
      ? {
          id: `Video pelajaran "${title}" gagal diproses. Proses ulang atau unggah video lain sebelum menerbitkan.`,
          en: `The video of the lesson "${title}" failed to process. Retry it or upload another video before publishing.`,
        }
      : {
          id: `Video pelajaran "${title}" belum siap (masih diproses). Tunggu sampai selesai, lalu terbitkan.`,
          en: `The video of the lesson "${title}" is not ready yet (still processing). Wait until it is done, then publish.`,
        },
    { field: 'videoId', reason: failed ? 'video_failed' : 'video_not_ready' },
  );
}

export function courseHasEnrolments(): DomainError {
  return new DomainError(ErrorCode.Conflict, {
    id: 'Kursus ini sudah diikuti peserta; arsipkan saja.',
    en: 'People have enrolled in this course; archive it instead.',
  });
}

export function invalidText(field: string, min: number, max: number): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: `${field} harus berisi ${min} sampai ${max} karakter.`, en: `${field} must be ${min} to ${max} characters long.` },
    { field },
  );
}

export function assetNotUsable(kind: 'document' | 'video' | 'coverImage'): DomainError {
  const messages = {
    document: { id: 'Dokumen harus berupa berkas dokumen yang diunggah ke kursus ini.', en: 'The document must be a document file uploaded to this course.' },
    video: { id: 'Video harus berupa video yang diunggah ke kursus ini.', en: 'The video must be a video uploaded to this course.' },
    coverImage: { id: 'Gambar sampul harus berupa berkas gambar yang diunggah ke kursus ini.', en: 'The cover image must be an image file uploaded to this course.' },
  }[kind];
  return new DomainError(ErrorCode.BadUserInput, messages, { field: `${kind}Id` });
}

export function invalidExternalUrl(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Alamat tautan harus diawali http:// atau https://.', en: 'The link address must start with http:// or https://.' },
    { field: 'externalUrl' },
  );
}

export function invalidInstructors(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Pengajar harus orang dengan peran pengajar atau admin di instansi pemilik kursus.',
      en: "Instructors must be people with the instructor or admin role in the course's agency.",
    },
    { field: 'instructorIds' },
  );
}

export function noInstructors(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Kursus harus memiliki setidaknya satu pengajar.', en: 'A course needs at least one instructor.' },
    { field: 'instructorIds' },
  );
}
