import { DomainError, ErrorCode } from '@lentera/errors';

export function notSignedIn(): DomainError {
  return new DomainError(ErrorCode.Unauthenticated, {
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Please sign in first.',
  });
}

export function sessionEnded(): DomainError {
  return new DomainError(ErrorCode.Unauthenticated, {
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has ended. Please sign in again.',
  });
}

/** The same answer for an unknown account and a wrong password: it reveals nothing. */
export function wrongCredentials(): DomainError {
  return new DomainError(ErrorCode.Unauthenticated, {
    id: 'Email/NIP atau kata sandi salah.',
    en: 'Wrong email/NIP or password.',
  });
}

export function forbidden(): DomainError {
  return new DomainError(ErrorCode.Forbidden, {
    id: 'Anda tidak memiliki akses untuk tindakan ini.',
    en: 'You do not have access to do this.',
  });
}

export function tooManyAttempts(retryAfterSeconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new DomainError(
    ErrorCode.TooManyRequests,
    {
      id: `Terlalu banyak percobaan masuk. Coba lagi dalam ${minutes} menit.`,
      en: `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    },
    { retryAfterSeconds },
  );
}
