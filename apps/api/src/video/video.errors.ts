import { isValidId } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import { CAPTION_LANGUAGE } from '@lentera/media';

export function assertVideoId(id: string): void {
  if (isValidId(id)) return;
  throw new DomainError(ErrorCode.BadUserInput, { id: 'ID video tidak valid.', en: 'The video id is not valid.' }, { field: 'videoId' });
}

export function assertCaptionLanguage(language: string): void {
  if (CAPTION_LANGUAGE.test(language)) return;
  throw new DomainError(
    ErrorCode.BadUserInput,
    { id: 'Kode bahasa teks terjemahan tidak valid, contoh: "id" atau "en".', en: 'The caption language code is not valid, e.g. "id" or "en".' },
    { field: 'language' },
  );
}

export function videoNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Video tidak ditemukan.', en: 'Video not found.' });
}

export function videoNotRetryable(): DomainError {
  return new DomainError(
    ErrorCode.BadUserInput,
    {
      id: 'Hanya video yang gagal diproses yang dapat diproses ulang.',
      en: 'Only a video that failed to process can be processed again.',
    },
    { reason: 'not_failed' },
  );
}
