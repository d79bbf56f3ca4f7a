import type { Request } from 'express';
import type { Actor } from './actor';

/** Per-request authentication state, resolved once however many root fields a request has. */
export interface AuthenticatedRequest extends Request {
  lenteraActor?: Promise<Actor | null>;
  /** Set by the access guard once resolved, for @CurrentActor() to read synchronously. */
  lenteraResolvedActor?: Actor | null;
}

export function bearerToken(request: Request): string | null {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}

export function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/** One cookie's value from the Cookie header (no parser middleware needed for a single cookie). */
export function readCookie(request: Request, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
