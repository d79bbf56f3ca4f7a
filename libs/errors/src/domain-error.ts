/**
 * Stable error codes clients can switch on. They travel as GraphQL `extensions.code`
 * and never change meaning once released.
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
}

export interface LocalizedMessage {
  /** Bahasa Indonesia, shown by default. */
  id: string;
  /** English, shown when the user switched language. */
  en: string;
}

/**
 * An error a person can act on. Its message is safe to show to the user; anything
 * that is not a DomainError reaches the client only as a generic message with an error id.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly localized: LocalizedMessage,
    readonly details?: Record<string, unknown>,
  ) {
    super(localized.id);
    this.name = 'DomainError';
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(readonly service: 'database' | 'queue' | 'redis', cause?: unknown) {
    super(ErrorCode.ServiceUnavailable, serviceUnavailableMessages[service], { service });
    this.name = 'ServiceUnavailableError';
    this.cause = cause;
  }
}

const serviceUnavailableMessages: Record<ServiceUnavailableError['service'], LocalizedMessage> = {
  database: {
    id: 'Basis data sedang tidak dapat dijangkau. Coba lagi sebentar lagi.',
    en: 'The database cannot be reached right now. Please try again shortly.',
  },
  queue: {
    id: 'Layanan antrean tugas sedang tidak dapat dijangkau. Coba lagi sebentar lagi.',
    en: 'The job queue cannot be reached right now. Please try again shortly.',
  },
  redis: {
    id: 'Layanan pendukung sedang tidak dapat dijangkau. Coba lagi sebentar lagi.',
    en: 'A supporting service cannot be reached right now. Please try again shortly.',
  },
};
