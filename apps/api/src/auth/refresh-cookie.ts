import type { AppConfig } from '@lentera/config';
import type { Response } from 'express';

export const REFRESH_COOKIE = 'lentera_refresh';

/**
 * The refresh token lives in an httpOnly cookie scoped to /graphql, so page scripts never
 * see it and it travels only with API calls. SameSite=Strict keeps other sites from using it.
 */
export function setRefreshCookie(response: Response, config: AppConfig, token: string, expiresAt: Date): void {
  response.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    secure: config.auth.secureCookies,
    sameSite: 'strict',
    path: '/graphql',
    expires: expiresAt,
  });
}

export function clearRefreshCookie(response: Response, config: AppConfig): void {
  response.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: config.auth.secureCookies, sameSite: 'strict', path: '/graphql' });
}
