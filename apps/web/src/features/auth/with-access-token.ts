import { errorCode } from '../../lib/api-error';
import type { AuthSession } from './auth-session';

/**
 * Runs a request that needs the access token outside Apollo (REST upload,
 * file download). Like the Apollo link: on UNAUTHENTICATED, refresh the
 * session once and try again with the new token.
 */
export async function withAccessToken<T>(session: AuthSession, request: (token: string | null) => Promise<T>): Promise<T> {
  const token = session.getAccessToken();
  try {
    return await request(token);
  } catch (error) {
    if (!token || errorCode(error) !== 'UNAUTHENTICATED') throw error;
    if (!(await session.refreshAfterRejection(token))) throw error;
    return request(session.getAccessToken());
  }
}

/** `Authorization: Bearer <token>`, or nothing when anonymous. */
export function bearerHeader(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
