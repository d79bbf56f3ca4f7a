import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AgencyRepository, CourseCatalogueRepository, CourseRepository, UserRepository } from '@lentera/db';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { DemoSeedService } from '../demo/demo-seed.service';
import demoCourse from '../demo/demo-course.json';

const coursesQuery = `
  query Catalogue($first: Int!, $after: String) {
    courses(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title jp competencyType agency { code name } modules { title lessons { title } } } }
    }
  }`;

describe('catalogue over GraphQL, on the real database, with the demo seed', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;

  const graphql = (query: string, variables: Record<string, unknown> = {}) =>
    request(app.getHttpServer()).post('/graphql').send({ query, variables });

  beforeAll(async () => {
    isolated = isolatedConfig('catalogue', { SEED_DEMO: 'true' });
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  it('lists the demo course with its agency and full outline', async () => {
    const response = await graphql(coursesQuery, { first: 12 });
    expect(response.status).toBe(200);
    const { totalCount, edges } = response.body.data.courses;
    expect(totalCount).toBe(1);
    const course = edges[0].node;
    expect(course).toMatchObject({ title: demoCourse.title, jp: demoCourse.jp, competencyType: 'MANAJERIAL' });
    expect(course.agency).toEqual({ code: 'BPSDM-KALBAR', name: 'BPSDM Provinsi Kalimantan Barat' });
    expect(course.modules.map((module: { title: string }) => module.title)).toEqual(demoCourse.modules.map((module) => module.title));
    expect(course.modules[0].lessons.map((lesson: { title: string }) => lesson.title)).toEqual(
      demoCourse.modules[0].lessons.map((lesson) => lesson.title),
    );
  });

  it('seeds once: running the seed again changes nothing', async () => {
    await app.get(DemoSeedService).onApplicationBootstrap();
    expect(await app.get(AgencyRepository).count()).toBe(1);
    expect(await app.get(UserRepository).count()).toBe(5);
    expect(await app.get(CourseCatalogueRepository).count({})).toBe(1);
    const admin = await app.get(UserRepository).findByEmail('ADMIN@demo.lentera.id');
    expect(admin?.memberships).toEqual([{ agencyId: expect.any(String), role: 'admin' }]);
    expect((await app.get(UserRepository).findByEmail('superadmin@demo.lentera.id'))?.isSuperAdmin).toBe(true);
  });

  it('pages with cursors: every published course once, then no next page', async () => {
    const agency = await app.get(AgencyRepository).findByCode('BPSDM-KALBAR');
    const repository = app.get(CourseRepository);
    for (let index = 0; index < 4; index += 1) {
      const course = await repository.create({
        agencyId: agency!.id,
        title: `Kursus tambahan ${index}`,
        summary: 'Ringkasan',
        description: '',
        competencyType: 'teknis',
        level: 'menengah',
        jp: 3,
        language: 'id',
      });
      await repository.publish(course.id, new Date(Date.now() + index * 1_000));
    }
    const titles: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response = await graphql(coursesQuery, { first: 2, after });
      const connection = response.body.data.courses;
      titles.push(...connection.edges.map((edge: { node: { title: string } }) => edge.node.title));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(titles).toEqual(['Kursus tambahan 3', 'Kursus tambahan 2', 'Kursus tambahan 1', 'Kursus tambahan 0', demoCourse.title]);
  });

  it('answers bad input with a clear BAD_USER_INPUT error, not a 500', async () => {
    const badCursor = await graphql(coursesQuery, { first: 2, after: 'bukan-cursor' });
    expect(badCursor.status).toBe(200);
    expect(badCursor.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badCursor.body.errors[0].message).toMatch(/cursor/);

    const tooMany = await graphql(coursesQuery, { first: 1000 });
    expect(tooMany.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', messageEn: 'Page size must be between 1 and 50.' } });

    const badId = await graphql('{ course(id: "123") { title } }');
    expect(badId.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const unknown = await graphql('{ course(id: "0123456789abcdef01234567") { title } }');
    expect(unknown.body).toEqual({ data: { course: null } });

    const malformed = await request(app.getHttpServer()).post('/graphql').send({ query: '{ courses { ' });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).not.toMatch(/\bat \S+\.(js|ts):\d+/);
  });

  it('refuses queries nested past the depth limit', async () => {
    const deep = `{ courses { edges { node { modules { lessons { id } } agency { id } } } } }`;
    expect((await graphql(deep)).body.errors).toBeUndefined();
    const nested = '{ courses { edges { node { modules { lessons { id '.concat('} } } } } }');
    expect((await graphql(nested)).body.errors).toBeUndefined();
    const aliases = `{ ${Array.from({ length: 20 }, (_, index) => `a${index}: courses { totalCount }`).join(' ')} }`;
    const flood = await graphql(aliases);
    expect(flood.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports MongoDB and Redis as up on /health', async () => {
    const response = await request(app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', checks: { mongodb: { status: 'up' }, redis: { status: 'up' } } });
  });
});
