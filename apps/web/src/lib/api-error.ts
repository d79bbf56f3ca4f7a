import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { i18n } from '../i18n/i18n';
import type { SupportedLanguage } from '../i18n/i18n';

/** The codes the API puts in `extensions.code` (GraphQL) or `code` (REST). */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'TOO_MANY_REQUESTS',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What the API said about a failure: Indonesian `message`, English `messageEn`. */
export interface ApiErrorDetails {
  code: ApiErrorCode | null;
  message: string | null;
  messageEn: string | null;
  retryAfterSeconds: number | null;
  /** The input field the problem is about (`extensions.field`), when the API names one. */
  field: string | null;
}

/** An error answer of a REST endpoint: `{ "code", "message", "messageEn" }`. */
export class RestApiError extends Error {
  constructor(
    readonly status: number,
    readonly details: ApiErrorDetails,
  ) {
    super(details.message ?? `HTTP ${status}`);
    this.name = 'RestApiError';
  }
}

/** No answer at all: offline, connection dropped, server down. */
export class NetworkError extends Error {
  constructor() {
    super('No response from the server');
    this.name = 'NetworkError';
  }
}

const NO_DETAILS: ApiErrorDetails = { code: null, message: null, messageEn: null, retryAfterSeconds: null, field: null };

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Reads `{ code, message, messageEn, retryAfterSeconds }` from a GraphQL error or a REST body. */
export function detailsFromBody(body: unknown, extensions?: unknown): ApiErrorDetails {
  if (typeof body !== 'object' || body === null) return NO_DETAILS;
  const fields = body as Record<string, unknown>;
  const extra = (typeof extensions === 'object' && extensions !== null ? extensions : fields) as Record<string, unknown>;
  const code = extra.code;
  return {
    code: isApiErrorCode(code) ? code : null,
    message: stringOrNull(fields.message),
    messageEn: stringOrNull(extra.messageEn),
    retryAfterSeconds: numberOrNull(extra.retryAfterSeconds),
    field: stringOrNull(extra.field),
  };
}

function detailsFromServerError(error: ServerError): ApiErrorDetails {
  try {
    const body: unknown = JSON.parse(error.bodyText);
    const errors = (body as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      const first = errors[0] as { extensions?: unknown };
      return detailsFromBody(first, first.extensions ?? {});
    }
    return detailsFromBody(body);
  } catch {
    return NO_DETAILS;
  }
}

/** The API's description of `error` (a GraphQL error, a REST error), if it gave one. */
export function apiErrorDetails(error: unknown): ApiErrorDetails {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return first ? detailsFromBody(first, first.extensions ?? {}) : NO_DETAILS;
  }
  if (error instanceof RestApiError) return error.details;
  if (ServerError.is(error)) return detailsFromServerError(error);
  return NO_DETAILS;
}

export function errorCode(error: unknown): ApiErrorCode | null {
  return apiErrorDetails(error).code;
}

/** The input field the API said is wrong, e.g. "currentPassword". */
export function errorField(error: unknown): string | null {
  return apiErrorDetails(error).field;
}

/** Seconds until a throttled request may be tried again (TOO_MANY_REQUESTS). */
export function retryAfterSeconds(error: unknown): number | null {
  return apiErrorDetails(error).retryAfterSeconds;
}

function isNetworkFailure(error: unknown): boolean {
  // fetch() rejects with a TypeError when there is no response at all.
  return error instanceof NetworkError || error instanceof TypeError;
}

/**
 * One sentence for the user about `error`, in `language`: the API's own message
 * when it sent one for a known code, otherwise a generic one for the code, or for
 * "no connection" and "something else".
 */
export function errorMessage(error: unknown, language: SupportedLanguage): string {
  const details = apiErrorDetails(error);
  const t = i18n.getFixedT(language);
  if (details.code) {
    // Only the API's own errors come in both languages; the GraphQL server's
    // (e.g. a variable of the wrong type) are English-only developer text.
    const fromApi = details.messageEn && (language === 'id' ? details.message : details.messageEn);
    return fromApi || t(`errors.${details.code}`);
  }
  if (isNetworkFailure(error)) return t('errors.network');
  if (ServerError.is(error) && error.statusCode >= 500) return t('errors.SERVICE_UNAVAILABLE');
  return t('errors.unknown');
}
