import { DomainError, ErrorCode, type LocalizedMessage } from '@lentera/errors';
import { PayloadTooLargeError, UnprocessableContentError, UnsupportedMediaTypeError } from '../http/http-error-response';

const GIBIBYTE = 1024 * 1024 * 1024;

function sizeInWords(bytes: number): string {
  return bytes >= GIBIBYTE ? `${Math.round((bytes / GIBIBYTE) * 10) / 10} GB` : `${Math.round(bytes / (1024 * 1024))} MB`;
}

export function videoTooLarge(maxBytes: number): DomainError {
  const size = sizeInWords(maxBytes);
  return new PayloadTooLargeError({ id: `Video terlalu besar: paling besar ${size}.`, en: `The video is too large: at most ${size}.` });
}

export function uploadLengthRequired(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Ukuran video harus disebutkan di awal unggahan (header Upload-Length).',
    en: 'The video size must be given when the upload starts (Upload-Length header).',
  });
}

export function invalidUploadMetadata(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Data unggahan tidak lengkap: sebutkan kursus (courseId) dan nama berkas (filename).',
    en: 'The upload metadata is incomplete: give the course (courseId) and the file name (filename).',
  });
}

export function uploadNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Unggahan tidak ditemukan atau sudah kedaluwarsa. Mulai unggah ulang.',
    en: 'Upload not found or expired. Start the upload again.',
  });
}

export function notYourUpload(): DomainError {
  return new DomainError(ErrorCode.Forbidden, {
    id: 'Unggahan ini dimulai oleh pengguna lain.',
    en: 'This upload was started by another user.',
  });
}

export function courseGoneDuringUpload(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Kursus untuk video ini sudah dihapus atau diarsipkan selama unggahan.',
    en: 'The course of this video was deleted or archived during the upload.',
  });
}

/** ffprobe's verdict (or that the file is no video at all), as the reason of a 422. */
export function videoRefused(reason: LocalizedMessage): DomainError {
  return new UnprocessableContentError(reason);
}

export function videoNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Video tidak ditemukan.', en: 'Video not found.' });
}

export function invalidCaptionLanguage(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Kode bahasa teks terjemahan tidak valid: gunakan misalnya "id", "en" atau "en-US".',
    en: 'The caption language code is not valid: use e.g. "id", "en" or "en-US".',
  });
}

export function invalidCaptionLabel(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Label teks terjemahan harus 1 sampai 60 karakter.',
    en: 'The caption label must be 1 to 60 characters.',
  });
}

export function captionTooLarge(maxBytes: number): DomainError {
  const size = sizeInWords(maxBytes);
  return new PayloadTooLargeError({
    id: `Berkas teks terjemahan terlalu besar: paling besar ${size}.`,
    en: `The caption file is too large: at most ${size}.`,
  });
}

export function captionNotRaw(): DomainError {
  return new UnsupportedMediaTypeError({
    id: 'Kirim berkas WebVTT apa adanya sebagai badan permintaan (Content-Type: text/vtt).',
    en: 'Send the WebVTT file as is as the request body (Content-Type: text/vtt).',
  });
}

export function captionRefused(reason: LocalizedMessage): DomainError {
  return new UnprocessableContentError(reason);
}
