import { randomUUID } from 'node:crypto';
import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, ErrorCode, type LocalizedMessage } from '@lentera/errors';
import { toDomainError } from '../graphql/format-error';

const logger = new Logger('HttpError');

/** A request body over the size limit: BAD_USER_INPUT for clients, 413 on the wire. */
export class PayloadTooLargeError extends DomainError {
  constructor(message: LocalizedMessage) {
    super(ErrorCode.BadUserInput, message);
    this.name = 'PayloadTooLargeError';
  }
}

/** An upload whose content is of a type the route does not take: BAD_USER_INPUT for clients, 415 on the wire. */
export class UnsupportedMediaTypeError extends DomainError {
  constructor(message: LocalizedMessage, details?: Record<string, unknown>) {
    super(ErrorCode.BadUserInput, message, details);
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** Content that arrived whole but is not what the route takes (a video ffprobe refuses, a caption that is not WebVTT): 422 on the wire. */
export class UnprocessableContentError extends DomainError {
  constructor(message: LocalizedMessage, details?: Record<string, unknown>) {
    super(ErrorCode.BadUserInput, message, details);
    this.name = 'UnprocessableContentError';
  }
}

/** What was there is gone for good (a revoked certificate's badge): NOT_FOUND for clients, 410 on the wire. */
export class GoneError extends DomainError {
  constructor(message: LocalizedMessage, details?: Record<string, unknown>) {
    super(ErrorCode.NotFound, message, details);
    this.name = 'GoneError';
  }
}

export interface HttpErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/**
 * What a REST route answers for an error: `{ code, message, messageEn, ...details }` with the
 * matching status, the same codes and texts GraphQL puts in `extensions`. Null for Nest's own
 * HTTP exceptions (an unknown route's 404), which keep Nest's answer. Unknown errors are logged
 * with an id the user can quote, never sent.
 */
export function httpErrorResponse(exception: unknown): HttpErrorResponse | null {
  const domainError = toDomainError(exception) ?? fromBodyParser(exception);
  if (domainError) return fromDomainError(domainError);
  if (exception instanceof HttpException) return null;
  const errorId = randomUUID();
  logger.error({ errorId, err: exception }, 'unexpected error in an HTTP request');
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    headers: {},
    body: {
      code: 'INTERNAL_SERVER_ERROR',
      errorId,
      message: `Terjadi kesalahan pada server. Sebutkan kode ${errorId} saat melapor.`,
      messageEn: `Something went wrong on the server. Quote code ${errorId} when reporting it.`,
    },
  };
}

/** express.json()/urlencoded() refusing a body over their limit (100 kB), before any route runs. */
function fromBodyParser(exception: unknown): DomainError | null {
  if ((exception as { type?: unknown } | null)?.type !== 'entity.too.large') return null;
  return new PayloadTooLargeError({
    id: 'Badan permintaan terlalu besar. Berkas dikirim apa adanya, bukan sebagai JSON atau formulir.',
    en: 'The request body is too large. Files are sent as they are, not as JSON or a form.',
  });
}

function fromDomainError(error: DomainError): HttpErrorResponse {
  const headers: Record<string, string> = {};
  if (error.code === ErrorCode.Unauthenticated) headers['WWW-Authenticate'] = 'Bearer';
  const retryAfter = error.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') headers['Retry-After'] = String(retryAfter);
  return {
    status: statusOf(error),
    headers,
    body: { code: error.code, message: error.localized.id, messageEn: error.localized.en, ...(error.details ?? {}) },
  };
}

function statusOf(error: DomainError): number {
  if (error instanceof PayloadTooLargeError) return HttpStatus.PAYLOAD_TOO_LARGE;
  if (error instanceof UnsupportedMediaTypeError) return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
  if (error instanceof UnprocessableContentError) return HttpStatus.UNPROCESSABLE_ENTITY;
  if (error instanceof GoneError) return HttpStatus.GONE;
  switch (error.code) {
    case ErrorCode.BadUserInput:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.Conflict:
      return HttpStatus.CONFLICT;
    case ErrorCode.TooManyRequests:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.ServiceUnavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
  }
}
