import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';

/** What a stranger probing the production API learns: nothing about its schema or code. */
describe('GraphQL in production mode', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  const graphql = (query: string) => request(app.getHttpServer()).post('/graphql').send({ query });

  beforeAll(async () => {
    isolated = isolatedConfig('hardening');
    const config = { ...isolated.config, env: 'production' as const, isProduction: true };
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  it('refuses introspection', async () => {
    const response = await graphql('{ __schema { types { name } } }');
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors[0].message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const response = await graphql('{ coursse { totalCount } }');
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).not.toMatch(/Did you mean|courses/);
  });

  it('refuses alias floods', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: me { id }`).join(' ');
    const response = await graphql(`{ ${aliases} }`);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('never sends a stack trace', async () => {
    const answers = await Promise.all([
      graphql('{ courses(first: 0) { totalCount } }'),
      graphql('{ courses { '),
      graphql('mutation { signIn(input: { identifier: 1 }) { accessToken } }'),
      request(app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json').send('{"query": '),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(500);
      expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|\bat \S+ \(|node_modules/);
    }
  });
});
