import { RestApiError, detailsFromBody } from './api-error';

/** The RestApiError for a non-2xx answer with a `{ code, message, messageEn }` body (or none). */
export function restApiError(status: number, bodyText: string): RestApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(bodyText);
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the status has to do.
  }
  const details = detailsFromBody(body);
  if (!details.code && status === 401) return new RestApiError(status, { ...details, code: 'UNAUTHENTICATED' });
  if (!details.code && status === 429) return new RestApiError(status, { ...details, code: 'TOO_MANY_REQUESTS' });
  return new RestApiError(status, details);
}
