import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AgencyRepository, DatabaseCommandCounter, UserRepository, type DatabaseCommand, type UserRecord } from '@lentera/db';
import { buildCourse, isolatedConfig, type BuiltCourse, type IsolatedConfig, type LessonSpec } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { SessionService } from '../auth/session.service';

const OUTLINE_WITH_PROGRESS = `query ($id: ID!) {
  course(id: $id) {
    modules { lessons { id myProgress { state locked videoPositionSeconds watchedShare } } }
    myEnrolment { progress { percent } resumeLesson { id } }
  }
}`;

/**
 * Done-when #2 of issue 4: the database cost of a course page with the learner's progress does
 * not grow with the outline. FerretDB scans a collection per query, so a query per module or
 * per lesson would make a 600-lesson course unusable.
 */
describe('the database cost of a course outline with the learner\'s progress', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let learner: UserRecord;
  let token: string;

  const outline = (modules: number, lessons: number): LessonSpec[][] =>
    Array.from({ length: modules }, () => Array.from({ length: lessons }, (_, index) => ({ lockedUntilPreviousDone: index % 2 === 1 })));

  const graphql = (query: string, variables: Record<string, unknown>) =>
    request(app.getHttpServer()).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables });

  /** Enrols, finishes the first three lessons and starts the fourth. */
  async function learnSome(course: BuiltCourse): Promise<void> {
    expect((await graphql('mutation ($id: ID!) { enrol(courseId: $id) { id } }', { id: course.id })).body.errors).toBeUndefined();
    for (const [index, lessonId] of course.lessonIds.slice(0, 4).entries()) {
      const input = { courseId: course.id, lessonId, secondsSpent: 60, reachedEnd: index < 3 };
      const response = await graphql('mutation ($input: LessonProgressInput!) { recordLessonProgress(input: $input) { courseCompletedNow } }', { input });
      expect(response.body.errors).toBeUndefined();
    }
  }

  async function commandsFor(course: BuiltCourse): Promise<{ commands: DatabaseCommand[]; lessons: number }> {
    const { result, commands } = await app.get(DatabaseCommandCounter).record(() => graphql(OUTLINE_WITH_PROGRESS, { id: course.id }));
    expect(result.body.errors).toBeUndefined();
    const data = result.body.data.course;
    const lessons = data.modules.flatMap((module: { lessons: Array<{ myProgress: { state: string } }> }) => module.lessons);
    expect(lessons.slice(0, 5).map((lesson: { myProgress: { state: string } }) => lesson.myProgress.state)).toEqual(['DONE', 'DONE', 'DONE', 'IN_PROGRESS', 'NOT_STARTED']);
    expect(data.myEnrolment.resumeLesson.id).toBe(course.lessonIds[3]);
    return { commands, lessons: lessons.length };
  }

  beforeAll(async () => {
    isolated = isolatedConfig('outline_cost');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    const agency = await app.get(AgencyRepository).create({ code: 'BPSDM-BIAYA', name: 'BPSDM Uji Biaya', kind: 'regional' });
    learner = await app.get(UserRepository).create({ fullName: 'Peserta Uji', email: 'biaya@uji.lentera.id', memberships: [{ agencyId: agency.id, role: 'learner' }] });
    token = (await app.get(SessionService).start(learner, {})).accessToken.token;
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  it('issues the same few commands for 20 modules × 30 lessons as for 2 × 3', async () => {
    const agencyId = learner.memberships[0].agencyId;
    const big = await buildCourse(app, { agencyId, title: 'Kursus Besar', modules: outline(20, 30) });
    const small = await buildCourse(app, { agencyId, title: 'Kursus Kecil', modules: outline(2, 3) });
    await learnSome(big);
    await learnSome(small);

    const bigCost = await commandsFor(big);
    const smallCost = await commandsFor(small);
    expect(bigCost.lessons).toBe(600);
    expect(smallCost.lessons).toBe(6);
    const names = (cost: { commands: DatabaseCommand[] }) => cost.commands.map((command) => `${command.name} ${command.collection}`).sort();
    expect(names(bigCost)).toEqual(names(smallCost));
    expect(bigCost.commands.length).toBeLessThan(15);
    process.stdout.write(`outline query: ${bigCost.commands.length} database commands for 600 lessons, ${smallCost.commands.length} for 6: ${names(bigCost).join(', ')}\n`);
  });
});
