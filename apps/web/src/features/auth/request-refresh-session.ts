import { print } from 'graphql';
import { RefreshSessionDocument } from '../../gql/generated';
import type { RefreshSessionMutation } from '../../gql/generated';
import type { RefreshRequest, RefreshResult } from './auth-session';

const REFRESH_LOCK_NAME = 'lentera.refresh-session';

interface RefreshResponseBody {
  data?: RefreshSessionMutation | null;
  errors?: { extensions?: { code?: unknown } }[];
}

/** Codes that say "the server could not answer", not "there is no session". */
const TRANSIENT_CODES = new Set<unknown>(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'TOO_MANY_REQUESTS']);

/**
 * `refreshSession` as a plain fetch, outside Apollo Client: the Apollo link that
 * retries UNAUTHENTICATED operations calls this, and a refresh that went
 * through that link could end up retrying itself.
 */
export function createRefreshRequest(graphqlUri: string): RefreshRequest {
  const body = JSON.stringify({ operationName: 'RefreshSession', query: print(RefreshSessionDocument), variables: {} });
  const send = () => postRefresh(graphqlUri, body);
  return () => withRefreshLock(send);
}

/**
 * If the API rotates the refresh cookie, two tabs refreshing at the same moment
 * would both send the same (then used-up) cookie. The Web Locks API makes the
 * tabs take turns, so the second sends the cookie the first one just received.
 */
async function withRefreshLock(send: () => Promise<RefreshResult>): Promise<RefreshResult> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return send();
  return (await navigator.locks.request(REFRESH_LOCK_NAME, send)) as RefreshResult;
}

async function postRefresh(uri: string, body: string): Promise<RefreshResult> {
  let response: Response;
  let parsed: RefreshResponseBody;
  try {
    response = await fetch(uri, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body,
    });
    parsed = (await response.json()) as RefreshResponseBody;
  } catch {
    return { kind: 'unreachable' };
  }

  const payload = parsed.data?.refreshSession;
  if (payload) return { kind: 'refreshed', payload };
  const code = parsed.errors?.[0]?.extensions?.code;
  if (TRANSIENT_CODES.has(code) || response.status >= 500) return { kind: 'unreachable' };
  return { kind: 'rejected' };
}
