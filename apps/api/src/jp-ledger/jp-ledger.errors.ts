import { DomainError, ErrorCode } from '@lentera/errors';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../http/http-error-response';

/** Evidence of an external activity: a scan or a certificate PDF (PermenPANRB 38/2017 asks for proof). */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export const TITLE_LENGTH = { min: 3, max: 200 } as const;
export const NOTE_LENGTH = { min: 5, max: 500 } as const;
/** An activity claims at most this many JP (a 2-month full-time magang is ~ 300 JP). */
export const MAX_ACTIVITY_JP = 500;

const invalid = (id: string, en: string, field: string) => new DomainError(ErrorCode.BadUserInput, { id, en }, { field });

export function evidenceNotAccepted(detected: string): DomainError {
  return new UnsupportedMediaTypeError(
    {
      id: `Bukti harus berupa PDF, JPEG, atau PNG; isi berkas ini bukan salah satunya (${detected}).`,
      en: `Evidence must be a PDF, JPEG or PNG; the content of this file is none of them (${detected}).`,
    },
    { detected },
  );
}

export function evidenceTooLarge(): DomainError {
  return new PayloadTooLargeError({ id: 'Berkas bukti terlalu besar: paling besar 10 MB.', en: 'The evidence file is too large: at most 10 MB.' });
}

export function evidenceEmpty(): DomainError {
  return invalid('Berkas bukti kosong.', 'The evidence file is empty.', 'file');
}

export function uploadNotFound(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Berkas bukti tidak ditemukan: unggah lagi lalu gunakan ID unggahan yang baru.', en: 'Evidence upload not found: upload it again and use the new upload id.' },
    { field: 'uploadId' },
  );
}

export function uploadAlreadyUsed(): DomainError {
  return new DomainError(ErrorCode.Conflict, { id: 'Berkas bukti ini sudah dipakai untuk kegiatan lain.', en: 'This evidence upload was already used for another activity.' }, { field: 'uploadId' });
}

export function invalidTitle(field: 'title' | 'organizer'): DomainError {
  return invalid(
    `${field === 'title' ? 'Nama kegiatan' : 'Penyelenggara'} wajib diisi, ${TITLE_LENGTH.min} sampai ${TITLE_LENGTH.max} karakter.`,
    `${field === 'title' ? 'The title' : 'The organizer'} is required, ${TITLE_LENGTH.min} to ${TITLE_LENGTH.max} characters.`,
    field,
  );
}

export function invalidDates(): DomainError {
  return invalid('Tanggal selesai tidak boleh sebelum tanggal mulai, dan tidak di masa depan.', 'The end date cannot be before the start date, nor in the future.', 'endDate');
}

export function invalidJp(): DomainError {
  return invalid(`JP harus lebih dari 0 dan paling banyak ${MAX_ACTIVITY_JP}.`, `JP must be above 0 and at most ${MAX_ACTIVITY_JP}.`, 'jp');
}

export function noteRequired(): DomainError {
  return invalid(
    `Penolakan wajib disertai catatan, ${NOTE_LENGTH.min} sampai ${NOTE_LENGTH.max} karakter.`,
    `A rejection needs a note, ${NOTE_LENGTH.min} to ${NOTE_LENGTH.max} characters.`,
    'note',
  );
}

export function activityNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Kegiatan tidak ditemukan.', en: 'Activity not found.' }, { field: 'id' });
}

export function alreadyReviewed(status: string): DomainError {
  const id = status === 'approved' ? 'disetujui' : 'ditolak';
  return new DomainError(ErrorCode.Conflict, { id: `Kegiatan ini sudah ditinjau (${id}).`, en: `This activity was already reviewed (${status}).` }, { reason: status });
}

/** Recording JP needs an agency to review it. */
export function noAgency(): DomainError {
  return new DomainError(ErrorCode.Forbidden, {
    id: 'Anda belum terdaftar di instansi mana pun, jadi tidak ada yang dapat meninjau kegiatan ini.',
    en: 'You are not a member of any agency, so nobody can review this activity.',
  });
}

export function invalidPolicy(): DomainError {
  return invalid('Menit per JP harus 1–240 dan target tahunan 0–200 JP.', 'Minutes per JP must be 1–240 and yearly targets 0–200 JP.', 'input');
}

export function invalidYear(): DomainError {
  return invalid('Tahun tidak valid (2000–2100).', 'The year is not valid (2000–2100).', 'year');
}

export function invalidEvidenceLink(): DomainError {
  return new DomainError(ErrorCode.Forbidden, { id: 'Tautan berkas bukti tidak sah atau sudah kedaluwarsa.', en: 'This evidence link is not valid or has expired.' });
}

export function evidenceFileNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Berkas bukti tidak ditemukan.', en: 'The evidence file was not found.' });
}

export function invalidCursor(): DomainError {
  return invalid('Kursor halaman tidak valid.', 'The page cursor is not valid.', 'after');
}

export function learnerNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Peserta tidak ditemukan di instansi ini.', en: 'Learner not found in this agency.' }, { field: 'userId' });
}

export function invalidExportFormat(): DomainError {
  return invalid('Format ekspor harus csv atau xlsx.', 'The export format must be csv or xlsx.', 'format');
}
