export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphqlResponse<T>['errors'] };
  return { status: response.status, ...body };
}

export async function health(baseUrl: string): Promise<{ status: number; body: { status: string; checks: Record<string, { status: string }> } }> {
  const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as never };
}

/** A GraphQL call with a Bearer token whose errors fail the test; the data when there are none. */
export async function graphqlAs<T>(baseUrl: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Signs a demo account in through the API: its access token and its (first) agency. */
export async function signInThroughApi(baseUrl: string, identifier: string): Promise<{ token: string; agencyId: string }> {
  const data = await graphqlAs<{ signIn: { accessToken: string; user: { memberships: Array<{ agency: { id: string } }> } } }>(
    baseUrl,
    '',
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken user { memberships { agency { id } } } } }',
    { input: { identifier, password: DEMO_PASSWORD } },
  );
  return { token: data.signIn.accessToken, agencyId: data.signIn.user.memberships[0].agency.id };
}

/** Every demo account's password (the demo seed's). */
export const DEMO_PASSWORD = 'Demo12345!';
