import { DomainError, ErrorCode } from '@lentera/errors';

/** At most this many people per assignment call (a big agency assigns in several batches). */
export const MAX_ASSIGNMENT_PEOPLE = 5_000;

export function courseArchived(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Kursus ini sudah diarsipkan dan tidak menerima peserta baru.',
      en: 'This course is archived and takes no new learners.',
    },
    { reason: 'archived' },
  );
}

export function assignedOnly(): DomainError {
  return new DomainError(
    ErrorCode.Forbidden,
    {
      id: 'Kursus ini hanya untuk peserta yang ditugaskan oleh admin instansi.',
      en: 'This course is only for learners assigned by the agency admin.',
    },
    { reason: 'assigned_only' },
  );
}

export function cannotLeaveAssigned(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Kursus ini ditugaskan oleh admin instansi, jadi tidak dapat ditinggalkan. Hubungi admin instansi Anda.',
      en: 'This course was assigned by the agency admin, so it cannot be left. Contact your agency admin.',
    },
    { reason: 'assigned' },
  );
}

export function cannotLeaveCompleted(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Kursus ini sudah Anda selesaikan; kursus yang selesai tetap tercatat.',
      en: 'You have completed this course; a completed course stays on record.',
    },
    { reason: 'completed' },
  );
}

export function notEnrolledToLeave(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Anda tidak sedang terdaftar di kursus ini.',
      en: 'You are not enrolled in this course.',
    },
    { reason: 'not_enrolled' },
  );
}

export function enrolmentNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Pendaftaran tidak ditemukan.', en: 'Enrolment not found.' });
}

export function alreadyDecided(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Permintaan ini sudah tidak menunggu keputusan.',
      en: 'This request is no longer waiting for a decision.',
    },
    { reason: 'decided' },
  );
}

export function notAssignable(status: 'draft' | 'archived'): DomainError {
  return status === 'draft'
    ? new DomainError(
        ErrorCode.BadUserInput,
        {
          id: 'Kursus ini belum terbit. Terbitkan dulu sebelum menugaskannya.',
          en: 'This course is not published yet. Publish it before assigning it.',
        },
        { reason: 'draft' },
      )
    : new DomainError(
        ErrorCode.BadUserInput,
        {
          id: 'Kursus ini sudah diarsipkan dan tidak dapat ditugaskan.',
          en: 'This course is archived and cannot be assigned.',
        },
        { reason: 'archived' },
      );
}

export function oneAssignmentTarget(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Pilih tepat satu sasaran penugasan: daftar orang, satu unit kerja, atau daftar NIP.',
      en: 'Choose exactly one assignment target: a list of people, one work unit, or a list of NIPs.',
    },
    { field: 'input' },
  );
}

/** `count` is null when it is only known to be above the limit (a work unit). */
export function tooManyPeople(count: number | null): DomainError {
  const given = count === null ? { id: '', en: '' } : { id: ` (ada ${count})`, en: ` (this one ${count})` };
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Satu penugasan paling banyak ${MAX_ASSIGNMENT_PEOPLE} orang${given.id}. Bagi menjadi beberapa penugasan.`,
      en: `One assignment reaches at most ${MAX_ASSIGNMENT_PEOPLE} people${given.en}. Split it into several.`,
    },
    { limit: MAX_ASSIGNMENT_PEOPLE, count },
  );
}

export function nobodyInWorkUnit(workUnit: string): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Tidak ada pegawai instansi ini di unit kerja "${workUnit}".`,
      en: `Nobody of this agency works in the unit "${workUnit}".`,
    },
    { field: 'workUnit' },
  );
}

export function dueDateInPast(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Tenggat waktu harus di masa depan.',
      en: 'The due date must be in the future.',
    },
    { field: 'dueAt' },
  );
}
