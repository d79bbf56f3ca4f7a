import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import type { AuthSession } from './auth-session';

/**
 * Operations whose UNAUTHENTICATED means "wrong credentials", not "token expired"
 * (ChangePassword: a wrong current password; retrying would only count as a
 * second failed attempt). SignOut is not one: with an expired token it
 * refreshes and then signs out properly.
 */
const NO_REFRESH_OPERATIONS = new Set(['SignIn', 'RefreshSession', 'ResetPassword', 'ChangePassword']);

interface AuthContext {
  /** The token this request was sent with (null: sent anonymously). */
  sentAccessToken?: string | null;
  retriedAfterRefresh?: boolean;
}

function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((graphqlError) => graphqlError.extensions?.code === 'UNAUTHENTICATED')
  );
}

/**
 * Two links, in this order before the HttpLink:
 * 1. on UNAUTHENTICATED for a request that carried a token, refresh the session
 *    once (shared by every request failing at the same time) and send the
 *    request again; if the refresh fails, the session ends (AuthProvider then
 *    goes to the sign-in page) and the original error stands;
 * 2. add `Authorization: Bearer <token>` when signed in.
 */
export function createAuthLink(session: AuthSession): ApolloLink {
  const retryAfterRefresh = new ErrorLink(({ error, operation, forward }) => {
    const context = operation.getContext() as AuthContext;
    const sentToken = context.sentAccessToken;
    if (!sentToken || context.retriedAfterRefresh || !isUnauthenticated(error)) return;
    if (NO_REFRESH_OPERATIONS.has(operation.operationName ?? '')) return;

    return from(session.refreshAfterRejection(sentToken)).pipe(
      switchMap((refreshed) => {
        if (!refreshed) return throwError(() => error);
        operation.setContext({ retriedAfterRefresh: true } satisfies AuthContext);
        return forward(operation);
      }),
    );
  });

  const bearer = new ApolloLink((operation, forward) => {
    const token = session.getAccessToken();
    operation.setContext(({ headers }) => ({
      sentAccessToken: token,
      headers: token ? { ...(headers as Record<string, string>), authorization: `Bearer ${token}` } : headers,
    }));
    return forward(operation);
  });

  return ApolloLink.from([retryAfterRefresh, bearer]);
}
