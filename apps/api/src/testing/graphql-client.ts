import type { INestApplication } from '@nestjs/common';
import type { UserRecord } from '@lentera/db';
import request from 'supertest';
import { SessionService } from '../auth/session.service';

// Test code only (excluded from the API's build): integration specs call the API over HTTP.

export type Json = request.Response['body'];
type Variables = Record<string, unknown>;

/**
 * GraphQL over HTTP against an app the spec starts in `beforeAll` (hence the getter), as a user
 * with a fresh session, or anonymously (null). Every answer must be HTTP 200, as GraphQL's are.
 */
export function graphqlClient(app: () => INestApplication) {
  /** `Bearer <token>` of a new session of the user, for REST calls too. */
  async function bearer(user: UserRecord): Promise<string> {
    return `Bearer ${(await app().get(SessionService).start(user, {})).accessToken.token}`;
  }

  /** The whole answer: data and errors. */
  async function gql(user: UserRecord | null, query: string, variables: Variables = {}): Promise<Json> {
    let call = request(app().getHttpServer()).post('/graphql').send({ query, variables });
    if (user) call = call.set('Authorization', await bearer(user));
    const response = await call;
    expect(response.status).toBe(200);
    return response.body as Json;
  }

  /** The data of a call that must succeed. */
  async function ok(user: UserRecord | null, query: string, variables: Variables = {}): Promise<Json> {
    const body = await gql(user, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** The one error of a call that must fail. */
  async function refused(user: UserRecord | null, query: string, variables: Variables = {}): Promise<Json> {
    const body = await gql(user, query, variables);
    expect(body.errors).toHaveLength(1);
    return body.errors[0];
  }

  return { bearer, gql, ok, refused };
}
