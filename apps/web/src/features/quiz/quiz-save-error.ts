import { ServerError } from '@apollo/client/errors';
import { NetworkError, errorCode } from '../../lib/api-error';
import type { FailureKind } from './answer-sync';

/** How autosave treats a failed request (see FailureKind). */
export function classifySaveError(error: unknown): FailureKind {
  switch (errorCode(error)) {
    case 'CONFLICT':
      // "Percobaan ini sudah dikumpulkan.": handed in from another tab or device.
      return 'closed';
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return 'rejected';
    case 'TOO_MANY_REQUESTS':
    case 'SERVICE_UNAVAILABLE':
    case 'INTERNAL_SERVER_ERROR':
      return 'retry';
    case null:
      break;
  }
  // No answer at all: fetch() rejects with a TypeError; a proxy without its upstream answers 502–504.
  if (error instanceof NetworkError || error instanceof TypeError) return 'offline';
  if (ServerError.is(error) && error.statusCode >= 502) return 'offline';
  return 'retry';
}
