import { jakartaDate } from '@lentera/asn';
import { isValidId } from '@lentera/db';
import { DomainError, ErrorCode, type LocalizedMessage } from '@lentera/errors';

/** A revocation, re-issue or key rotation must say why (it goes into the audit log and, for a revocation, onto the public page). */
export const REASON_LENGTH = { min: 5, max: 500 } as const;

/** At most this many learners named in one issueCertificates call (a class goes by its assignment). */
export const MAX_ISSUE_LEARNERS = 500;

export function assertCertificateId(id: string, field = 'id'): void {
  if (isValidId(id)) return;
  throw new DomainError(ErrorCode.BadUserInput, { id: 'ID sertifikat tidak valid.', en: 'The certificate id is not valid.' }, { field });
}

export function assertAssignmentId(id: string): void {
  if (isValidId(id)) return;
  throw new DomainError(ErrorCode.BadUserInput, { id: 'ID penugasan tidak valid.', en: 'The assignment id is not valid.' }, { field: 'assignmentId' });
}

/** The reason, trimmed; refused when too short or too long. */
export function checkedReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length >= REASON_LENGTH.min && trimmed.length <= REASON_LENGTH.max) return trimmed;
  throw new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Alasan wajib diisi, ${REASON_LENGTH.min} sampai ${REASON_LENGTH.max} karakter.`,
      en: `A reason is required, ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters.`,
    },
    { field: 'reason' },
  );
}

export function certificateNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Sertifikat tidak ditemukan.', en: 'Certificate not found.' });
}

export function agencyNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Instansi tidak ditemukan.', en: 'Agency not found.' }, { field: 'agencyId' });
}

export function assignmentNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Penugasan ini tidak ada di kursus ini.', en: 'This assignment is not part of this course.' }, { field: 'assignmentId' });
}

/** A certificate still waiting for the worker to number and sign it. */
export function certificateNotIssuedYet(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Sertifikat ini belum terbit (masih diproses). Coba lagi setelah nomornya terbit.',
      en: 'This certificate is not issued yet (still being processed). Try again once it has its number.',
    },
    { reason: 'pending' },
  );
}

/** Revoked before; the date is the calendar day in Asia/Jakarta, as certificates print dates. */
export function certificateAlreadyRevoked(revokedAt: Date | null): DomainError {
  const when = revokedAt ? ` pada ${jakartaDate(revokedAt)}` : '';
  const whenEn = revokedAt ? ` on ${jakartaDate(revokedAt)}` : '';
  return new DomainError(ErrorCode.Conflict, { id: `Sertifikat ini sudah dicabut${when}.`, en: `This certificate was already revoked${whenEn}.` }, { reason: 'revoked' });
}

export function courseNotLive(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Kursus ini belum pernah terbit: belum ada sertifikat yang dapat diterbitkan.', en: 'This course was never published: no certificate can be issued for it yet.' },
    { field: 'courseId' },
  );
}

export function issueTargetMissing(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Pilih peserta (userIds) atau satu kelas (assignmentId), tidak keduanya.', en: 'Choose learners (userIds) or one class (assignmentId), not both.' },
    { field: 'userIds' },
  );
}

export function tooManyLearners(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `Paling banyak ${MAX_ISSUE_LEARNERS} peserta sekali terbit; untuk satu kelas gunakan penugasannya.`,
      en: `At most ${MAX_ISSUE_LEARNERS} learners at a time; for a class, use its assignment.`,
    },
    { field: 'userIds' },
  );
}

/** Some of the named people are not learners of the course (never enrolled, pending, left or refused). */
export function notEnrolledLearners(userIds: readonly string[]): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: `${userIds.length} orang yang dipilih bukan peserta aktif atau lulusan kursus ini.`,
      en: `${userIds.length} of the people chosen ${userIds.length === 1 ? 'is' : 'are'} not an active or completed learner of this course.`,
    },
    { field: 'userIds', userIds },
  );
}

/** One BAD_USER_INPUT listing every problem of a template, each in both languages. */
export function invalidTemplate(problems: readonly (LocalizedMessage & { field: string })[]): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: `Templat sertifikat tidak dapat disimpan: ${problems.map((problem) => problem.id).join(' ')}`, en: `The certificate template cannot be saved: ${problems.map((problem) => problem.en).join(' ')}` },
    { problems },
  );
}

export function invalidPdfLink(): DomainError {
  return new DomainError(ErrorCode.Forbidden, {
    id: 'Tautan unduhan sertifikat ini tidak sah atau sudah kedaluwarsa. Buka kembali sertifikat Anda untuk mendapatkan tautan baru.',
    en: 'This certificate download link is not valid or has expired. Open your certificate again to get a new link.',
  });
}

export function pdfNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Berkas PDF sertifikat ini tidak ditemukan.', en: 'The PDF of this certificate was not found.' });
}
