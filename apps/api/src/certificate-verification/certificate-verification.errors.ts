import { DomainError, ErrorCode } from '@lentera/errors';
import { GoneError } from '../http/http-error-response';

export function tooManyLookups(retryAfterSeconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new DomainError(
    ErrorCode.TooManyRequests,
    {
      id: `Terlalu banyak pemeriksaan sertifikat dari alamat Anda. Coba lagi dalam ${minutes} menit.`,
      en: `Too many certificate checks from your address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    },
    { retryAfterSeconds },
  );
}

/** The same answer for a code that is not one, an unknown code and a certificate not issued yet. */
export function certificateNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Tidak ada sertifikat dengan kode verifikasi ini. Periksa kembali kode pada sertifikat.',
    en: 'There is no certificate with this verification code. Check the code on the certificate again.',
  });
}

export function unknownCertificateFile(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Berkas ini tidak tersedia untuk sertifikat.',
    en: 'This file is not available for a certificate.',
  });
}

/** 410: the certificate was revoked, so it is no longer offered as a badge (the evidence files still are). */
export function badgeOfRevokedCertificate(): DomainError {
  return new GoneError({
    id: 'Sertifikat ini telah dicabut, sehingga tidak lagi tersedia sebagai Open Badge.',
    en: 'This certificate has been revoked, so it is no longer available as an Open Badge.',
  });
}

/** The stored data fails its signature check: Lentera must not sign a badge over it. */
export function badgeOfUnverifiedCertificate(): DomainError {
  return new DomainError(ErrorCode.Conflict, {
    id: 'Data sertifikat ini tidak lolos pemeriksaan tanda tangan, sehingga tidak dapat diterbitkan sebagai Open Badge. Hubungi instansi penerbit.',
    en: 'This certificate’s data fails its signature check, so it cannot be issued as an Open Badge. Contact the issuing agency.',
  });
}
