import { DomainError, ErrorCode } from '@lentera/errors';

export function invalidMediaLink(): DomainError {
  return new DomainError(ErrorCode.Forbidden, {
    id: 'Tautan video ini tidak sah atau sudah kedaluwarsa. Muat ulang halaman untuk mendapatkan tautan baru.',
    en: 'This video link is not valid or has expired. Reload the page to get a new link.',
  });
}

/** An unknown asset, a video not ready yet, or a path that is not one of its files: the same answer. */
export function mediaNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, { id: 'Berkas video tidak ditemukan.', en: 'Video file not found.' });
}
