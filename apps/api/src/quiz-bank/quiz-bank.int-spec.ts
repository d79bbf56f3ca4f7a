import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  AgencyRepository,
  QuestionRepository,
  QuizAnswerRepository,
  QuizAttemptRepository,
  QuizGradingRepository,
  UserRepository,
  type AgencyRole,
} from '@lentera/db';
import { isolatedConfig, type IsolatedConfig } from '@lentera/test-support';
import { AppModule } from '../app.module';
import { SessionService } from '../auth/session.service';

const QUESTION_FIELDS = `
  id courseId key type prompt tags points feedback
  options { id text correct feedback } wrongPickPenalty trueFalseAnswer acceptedAnswers numericAnswer numericTolerance
  pairs { id prompt answer } orderItems { id text } rubric { id title points } revision updatedAt`;
const SETTINGS_FIELDS = `selection questionIds draws { tag count } shuffleQuestions shuffleOptions layout timeLimitMinutes maxAttempts
  passingPercent opensAt closesAt scoring review correctAnswers role`;
const COURSE_FIELDS = `id revision status modules { id lessons { id title kind quiz { ${SETTINGS_FIELDS} } } }`;

const gql = {
  createCourse: `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { ${COURSE_FIELDS} } }`,
  addModule: `mutation ($c: ID!, $r: Int!, $t: String!) { addModule(courseId: $c, revision: $r, title: $t) { ${COURSE_FIELDS} } }`,
  addLesson: `mutation ($c: ID!, $r: Int!, $m: ID!, $input: NewLessonInput!) { addLesson(courseId: $c, revision: $r, moduleId: $m, input: $input) { ${COURSE_FIELDS} } }`,
  publish: `mutation ($c: ID!, $r: Int!) { publishCourse(courseId: $c, revision: $r) { ${COURSE_FIELDS} } }`,
  deleteCourse: `mutation ($c: ID!) { deleteCourse(courseId: $c) }`,
  create: `mutation ($c: ID!, $input: QuestionInput!) { createQuestion(courseId: $c, input: $input) { ${QUESTION_FIELDS} } }`,
  update: `mutation ($q: ID!, $r: Int!, $input: QuestionInput!) { updateQuestion(questionId: $q, revision: $r, input: $input) { ${QUESTION_FIELDS} } }`,
  delete: `mutation ($q: ID!) { deleteQuestion(questionId: $q) }`,
  bank: `query ($c: ID!, $tag: String, $search: String, $first: Int!, $after: String) {
    questionBank(courseId: $c, tag: $tag, search: $search, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${QUESTION_FIELDS} } } } }`,
  tags: `query ($c: ID!) { questionBankTags(courseId: $c) { tag count } }`,
  byIds: `query ($c: ID!, $ids: [ID!]!) { bankQuestions(courseId: $c, ids: $ids) { ${QUESTION_FIELDS} } }`,
  export: `query ($c: ID!, $f: QuestionBankFormat!) { exportQuestionBank(courseId: $c, format: $f) }`,
  import: `mutation ($c: ID!, $f: QuestionBankFormat!, $content: String!) {
    importQuestionBank(courseId: $c, format: $f, content: $content) { created updated unchanged problems { line key message messageEn } } }`,
  settings: `mutation ($c: ID!, $r: Int!, $l: ID!, $input: QuizSettingsInput!) {
    updateQuizSettings(courseId: $c, revision: $r, lessonId: $l, input: $input) { ${COURSE_FIELDS} } }`,
};

interface Question {
  id: string;
  key: string;
  type: string;
  prompt: string;
  tags: string[];
  points: number;
  revision: number;
  options: Array<{ id: string; text: string; correct: boolean; feedback: string | null }>;
  pairs: Array<{ id: string; prompt: string; answer: string }>;
  orderItems: Array<{ id: string; text: string }>;
  rubric: Array<{ id: string; title: string; points: number }>;
  [field: string]: unknown;
}
interface Course {
  id: string;
  revision: number;
  status: string;
  modules: Array<{ id: string; lessons: Array<{ id: string; title: string; kind: string; quiz: Record<string, unknown> | null }> }>;
}
interface GraphqlError {
  message: string;
  extensions: { code: string; messageEn?: string; field?: string };
}
interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  problems: Array<{ line: number; key: string | null; message: string; messageEn: string }>;
}

/** One question input of every type, each with its own key words to search and tag by. */
const inputs = {
  single: {
    type: 'SINGLE_CHOICE',
    prompt: 'Berapa JP pengembangan kompetensi minimal bagi PNS per tahun?',
    tags: ['Regulasi', 'JP'],
    points: 2,
    feedback: 'PP 11/2017 pasal 203.',
    options: [
      { text: '10 JP', correct: false },
      { text: '20 JP', correct: true, feedback: 'Benar, minimal 20 JP.' },
      { text: '40 JP', correct: false },
    ],
  },
  multiple: {
    type: 'MULTIPLE_CHOICE',
    prompt: 'Mana saja bentuk pengembangan kompetensi nonklasikal?',
    tags: ['Bentuk'],
    points: 3,
    wrongPickPenalty: 0.5,
    options: [
      { text: 'E-learning', correct: true },
      { text: 'Coaching', correct: true },
      { text: 'Seminar', correct: false },
    ],
  },
  trueFalse: { type: 'TRUE_FALSE', prompt: 'Satu JP lazimnya setara 45 menit.', tags: ['JP'], points: 1, trueFalseAnswer: true },
  short: { type: 'SHORT_ANSWER', prompt: 'Singkatan dari Aparatur Sipil Negara?', tags: ['Istilah'], points: 1, acceptedAnswers: ['ASN', 'A.S.N'] },
  numeric: { type: 'NUMERIC', prompt: 'Berapa menit satu JP?', tags: ['JP'], points: 1, numericAnswer: 45, numericTolerance: 0 },
  matching: {
    type: 'MATCHING',
    prompt: 'Pasangkan jenis kompetensi dengan contohnya.',
    tags: ['Kompetensi'],
    points: 3,
    pairs: [
      { prompt: 'Teknis', answer: 'Menyusun anggaran' },
      { prompt: 'Manajerial', answer: 'Memimpin rapat' },
    ],
  },
  ordering: {
    type: 'ORDERING',
    prompt: 'Urutkan tahapan pengembangan kompetensi.',
    tags: ['Kompetensi'],
    points: 2,
    orderItems: [{ text: 'Analisis kebutuhan' }, { text: 'Pelaksanaan' }, { text: 'Evaluasi' }],
  },
  essay: {
    type: 'ESSAY',
    prompt: 'Jelaskan rencana pengembangan kompetensi di unit Anda.',
    tags: ['Refleksi'],
    points: 4,
    rubric: [
      { title: 'Relevansi', points: 2 },
      { title: 'Kejelasan', points: 2 },
    ],
  },
} as const;

const baseSettings = {
  selection: 'FIXED',
  questionIds: [] as string[],
  draws: [] as Array<{ tag: string; count: number }>,
  shuffleQuestions: false,
  shuffleOptions: true,
  layout: 'ONE_PER_PAGE',
  timeLimitMinutes: 30,
  maxAttempts: 3,
  passingPercent: 70,
  opensAt: null,
  closesAt: null,
  scoring: 'HIGHEST',
  review: 'AFTER_ATTEMPT',
  correctAnswers: 'AFTER_PASSING',
  role: 'NONE',
};

/** An export's questions in key order, to compare two banks whatever order their questions were created in. */
function sortedContent(exported: string, format: string): unknown {
  if (format === 'JSON') {
    const file = JSON.parse(exported) as { questions: Array<{ key: string }> };
    return { ...file, questions: [...file.questions].sort((a, b) => a.key.localeCompare(b.key)) };
  }
  return exported.split('\r\n').sort();
}

const QUESTION_ID = '0123456789abcdef0123abcf';

describe('question bank and quiz settings over GraphQL, on the real database', () => {
  let isolated: IsolatedConfig;
  let app: INestApplication;
  let agencyA: string;
  const tokens: Record<'instructor' | 'admin' | 'learner' | 'otherInstructor', string> = { instructor: '', admin: '', learner: '', otherInstructor: '' };

  async function call(token: string, query: string, variables: Record<string, unknown> = {}) {
    const response = await request(app.getHttpServer()).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables });
    expect(response.status).toBe(200);
    return response.body as { data?: Record<string, unknown> | null; errors?: GraphqlError[] };
  }

  async function ok<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const body = await call(token, query, variables);
    expect(body.errors).toBeUndefined();
    return Object.values(body.data ?? {})[0] as T;
  }

  async function errorOf(token: string, query: string, variables: Record<string, unknown>): Promise<GraphqlError> {
    const body = await call(token, query, variables);
    expect(body.errors).toHaveLength(1);
    return body.errors![0];
  }

  async function newPerson(label: string, agencyId: string, role: AgencyRole) {
    const user = await app.get(UserRepository).create({ fullName: `Uji ${label}`, email: `${label}@kuis.lentera.id`, memberships: [{ agencyId, role }] });
    return { user, token: (await app.get(SessionService).start(user, {})).accessToken.token };
  }

  /** A draft course with one module: a text lesson and `quizzes` quiz lessons ("Kuis 1", ...). */
  async function newCourse(quizzes = 1, title = 'Pengembangan Kompetensi ASN'): Promise<Course> {
    let course = await ok<Course>(tokens.instructor, gql.createCourse, {
      input: { agencyId: agencyA, title, summary: 'Kursus uji bank soal dan kuis bagi ASN.', competencyType: 'TEKNIS', level: 'DASAR', jp: 2 },
    });
    course = await ok<Course>(tokens.instructor, gql.addModule, { c: course.id, r: course.revision, t: 'Modul 1' });
    course = await ok<Course>(tokens.instructor, gql.addLesson, {
      c: course.id,
      r: course.revision,
      m: course.modules[0].id,
      input: { title: 'Pengantar', kind: 'TEXT', bodyHtml: '<p>Pengantar</p>' },
    });
    for (let index = 1; index <= quizzes; index++) {
      course = await ok<Course>(tokens.instructor, gql.addLesson, { c: course.id, r: course.revision, m: course.modules[0].id, input: { title: `Kuis ${index}`, kind: 'QUIZ' } });
    }
    return course;
  }

  const quizLessons = (course: Course) => course.modules[0].lessons.filter((lesson) => lesson.kind === 'QUIZ');

  async function createAll(courseId: string): Promise<Record<keyof typeof inputs, Question>> {
    const created: Partial<Record<keyof typeof inputs, Question>> = {};
    for (const [name, input] of Object.entries(inputs) as Array<[keyof typeof inputs, (typeof inputs)[keyof typeof inputs]]>) {
      created[name] = await ok<Question>(tokens.instructor, gql.create, { c: courseId, input });
    }
    return created as Record<keyof typeof inputs, Question>;
  }

  async function bankCount(courseId: string): Promise<number> {
    return app.get(QuestionRepository).countByCourse(courseId);
  }

  beforeAll(async () => {
    isolated = isolatedConfig('quiz-bank');
    const module = await Test.createTestingModule({ imports: [AppModule.forRoot(isolated.config)] }).compile();
    app = module.createNestApplication({ logger: ['error'] });
    await app.init();
    const agencies = app.get(AgencyRepository);
    agencyA = (await agencies.create({ code: 'BPSDM-KUIS-A', name: 'BPSDM Kuis A', kind: 'regional' })).id;
    const agencyB = (await agencies.create({ code: 'BPSDM-KUIS-B', name: 'BPSDM Kuis B', kind: 'regional' })).id;
    const roles = { instructor: [agencyA, 'instructor'], admin: [agencyA, 'admin'], learner: [agencyA, 'learner'], otherInstructor: [agencyB, 'instructor'] } as const;
    for (const [caller, [agencyId, role]] of Object.entries(roles) as Array<[keyof typeof tokens, readonly [string, AgencyRole]]>) {
      const person = await newPerson(caller.toLowerCase(), agencyId, role);
      tokens[caller] = person.token;
    }
  });

  afterAll(async () => {
    await app?.close();
    await isolated?.cleanup();
  });

  describe('the bank editor', () => {
    it('creates, reads, updates and deletes a question of every type', async () => {
      const course = await newCourse(0);
      const created = await createAll(course.id);
      expect(created.single).toMatchObject({ courseId: course.id, type: 'SINGLE_CHOICE', tags: ['Regulasi', 'JP'], points: 2, feedback: 'PP 11/2017 pasal 203.', revision: 1 });
      expect(created.single.key).toBe(created.single.id);
      expect(created.single.options.map(({ text, correct, feedback }) => [text, correct, feedback])).toEqual([
        ['10 JP', false, null],
        ['20 JP', true, 'Benar, minimal 20 JP.'],
        ['40 JP', false, null],
      ]);
      expect(new Set(created.single.options.map((option) => option.id)).size).toBe(3);
      expect(created.multiple).toMatchObject({ type: 'MULTIPLE_CHOICE', wrongPickPenalty: 0.5 });
      expect(created.trueFalse).toMatchObject({ type: 'TRUE_FALSE', trueFalseAnswer: true, options: [], acceptedAnswers: [] });
      expect(created.short).toMatchObject({ type: 'SHORT_ANSWER', acceptedAnswers: ['ASN', 'A.S.N'] });
      expect(created.numeric).toMatchObject({ type: 'NUMERIC', numericAnswer: 45, numericTolerance: 0 });
      expect(created.matching.pairs.map(({ prompt, answer }) => [prompt, answer])).toEqual([
        ['Teknis', 'Menyusun anggaran'],
        ['Manajerial', 'Memimpin rapat'],
      ]);
      expect(created.ordering.orderItems.map((item) => item.text)).toEqual(['Analisis kebutuhan', 'Pelaksanaan', 'Evaluasi']);
      expect(created.essay.rubric.map(({ title, points }) => [title, points])).toEqual([
        ['Relevansi', 2],
        ['Kejelasan', 2],
      ]);

      // Update: the kept option keeps its id, a new one gets a fresh id, an id of nowhere is not taken.
      const [ten, twenty] = created.single.options;
      const updated = await ok<Question>(tokens.instructor, gql.update, {
        q: created.single.id,
        r: 1,
        input: {
          ...inputs.single,
          prompt: 'Berapa JP minimal per tahun bagi PNS?',
          options: [
            { id: twenty.id, text: '20 JP', correct: true },
            { id: ten.id, text: '10 JP', correct: false },
            { id: 'benar-sekali', text: '30 JP', correct: false },
          ],
        },
      });
      expect(updated).toMatchObject({ revision: 2, prompt: 'Berapa JP minimal per tahun bagi PNS?', key: created.single.key });
      expect(updated.options.slice(0, 2).map((option) => option.id)).toEqual([twenty.id, ten.id]);
      expect(updated.options[2].id).not.toBe('benar-sekali');

      // Changing the type leaves nothing of the old one.
      const retyped = await ok<Question>(tokens.instructor, gql.update, { q: created.numeric.id, r: 1, input: { ...inputs.trueFalse, prompt: 'Satu JP 45 menit?' } });
      expect(retyped).toMatchObject({ type: 'TRUE_FALSE', numericAnswer: null, numericTolerance: null, trueFalseAnswer: true });

      expect(await ok<boolean>(tokens.instructor, gql.delete, { q: created.essay.id })).toBe(true);
      const page = await ok<{ totalCount: number; edges: Array<{ node: Question }> }>(tokens.instructor, gql.bank, { c: course.id, first: 50 });
      expect(page.totalCount).toBe(7);
      expect(page.edges.map((edge) => edge.node.id)).not.toContain(created.essay.id);
      expect((await errorOf(tokens.instructor, gql.delete, { q: created.essay.id })).extensions.code).toBe('NOT_FOUND');
    });

    it('refuses invalid content with BAD_USER_INPUT in Bahasa Indonesia, naming the field', async () => {
      const course = await newCourse(0);
      const twoCorrect = await errorOf(tokens.instructor, gql.create, {
        c: course.id,
        input: { ...inputs.single, options: inputs.single.options.map((option) => ({ ...option, correct: true })) },
      });
      expect(twoCorrect).toMatchObject({
        message: 'Tandai tepat satu pilihan yang benar.',
        extensions: { code: 'BAD_USER_INPUT', messageEn: 'Mark exactly one option as correct.', field: 'options' },
      });
      const blank = await errorOf(tokens.instructor, gql.create, { c: course.id, input: { ...inputs.short, prompt: '   ' } });
      expect(blank).toMatchObject({ message: 'Tulis pertanyaannya.', extensions: { code: 'BAD_USER_INPUT', field: 'prompt' } });
      const rubric = await errorOf(tokens.instructor, gql.create, { c: course.id, input: { ...inputs.essay, points: 5 } });
      expect(rubric.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rubric' });
      const noAnswer = await errorOf(tokens.instructor, gql.create, { c: course.id, input: { ...inputs.numeric, numericAnswer: null } });
      expect(noAnswer.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'numericAnswer' });
      expect(await bankCount(course.id)).toBe(0);

      const keyed = await ok<Question>(tokens.instructor, gql.create, { c: course.id, input: { ...inputs.trueFalse, key: 'jp-45' } });
      expect(keyed.key).toBe('jp-45');
      const taken = await errorOf(tokens.instructor, gql.create, { c: course.id, input: { ...inputs.short, key: 'jp-45' } });
      expect(taken.extensions).toMatchObject({ code: 'CONFLICT', field: 'key' });
    });

    it('refuses an update from a stale revision with CONFLICT and changes nothing', async () => {
      const course = await newCourse(0);
      const question = await ok<Question>(tokens.instructor, gql.create, { c: course.id, input: inputs.short });
      await ok<Question>(tokens.instructor, gql.update, { q: question.id, r: 1, input: { ...inputs.short, acceptedAnswers: ['ASN'] } });
      const stale = await errorOf(tokens.instructor, gql.update, { q: question.id, r: 1, input: { ...inputs.short, prompt: 'Basi' } });
      expect(stale).toMatchObject({ message: 'Soal ini sudah diubah orang lain. Muat ulang lalu coba lagi.', extensions: { code: 'CONFLICT' } });
      const stored = await app.get(QuestionRepository).findById(question.id);
      expect(stored).toMatchObject({ revision: 2, prompt: inputs.short.prompt, acceptedAnswers: ['ASN'] });
    });

    it('keeps the bank to its authors: learners and other agencies are refused, unknown ids are NOT_FOUND', async () => {
      const course = await newCourse(0);
      const question = await ok<Question>(tokens.instructor, gql.create, { c: course.id, input: inputs.single });
      for (const token of [tokens.learner, tokens.otherInstructor]) {
        for (const [query, variables] of [
          [gql.bank, { c: course.id, first: 10 }],
          [gql.tags, { c: course.id }],
          [gql.byIds, { c: course.id, ids: [question.id] }],
          [gql.export, { c: course.id, f: 'JSON' }],
          [gql.create, { c: course.id, input: inputs.trueFalse }],
          [gql.update, { q: question.id, r: 1, input: inputs.trueFalse }],
          [gql.delete, { q: question.id }],
          [gql.import, { c: course.id, f: 'JSON', content: '{}' }],
        ] as const) {
          const error = await errorOf(token, query, variables);
          expect(['FORBIDDEN', 'NOT_FOUND']).toContain(error.extensions.code);
        }
      }
      expect((await errorOf(tokens.instructor, gql.bank, { c: '0123456789abcdef01234567', first: 10 })).extensions.code).toBe('NOT_FOUND');
      expect((await errorOf(tokens.instructor, gql.update, { q: '0123456789abcdef01234567', r: 1, input: inputs.single })).extensions.code).toBe('NOT_FOUND');
      expect((await errorOf(tokens.instructor, gql.delete, { q: 'bukan-id' })).extensions.code).toBe('BAD_USER_INPUT');
      expect(await app.get(QuestionRepository).findById(question.id)).toMatchObject({ revision: 1, type: 'single_choice' });
    });

    it('pages through the bank in creation order, filters by tag without case or accents, and searches', async () => {
      const course = await newCourse(0);
      const created = await createAll(course.id);
      const first = await ok<{ totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Question }> }>(tokens.instructor, gql.bank, {
        c: course.id,
        first: 3,
      });
      expect(first.totalCount).toBe(8);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.edges.map((edge) => edge.node.id)).toEqual([created.single.id, created.multiple.id, created.trueFalse.id]);
      const rest = await ok<{ pageInfo: { hasNextPage: boolean }; edges: Array<{ node: Question }> }>(tokens.instructor, gql.bank, {
        c: course.id,
        first: 10,
        after: first.pageInfo.endCursor,
      });
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect(rest.edges).toHaveLength(5);

      const tagged = await ok<{ totalCount: number; edges: Array<{ node: Question }> }>(tokens.instructor, gql.bank, { c: course.id, tag: 'jp', first: 10 });
      expect(tagged.edges.map((edge) => edge.node.id)).toEqual([created.single.id, created.trueFalse.id, created.numeric.id]);
      expect(tagged.totalCount).toBe(3);
      const found = await ok<{ edges: Array<{ node: Question }> }>(tokens.instructor, gql.bank, { c: course.id, search: 'nonklasikal', first: 10 });
      expect(found.edges.map((edge) => edge.node.id)).toEqual([created.multiple.id]);

      const tags = await ok<Array<{ tag: string; count: number }>>(tokens.instructor, gql.tags, { c: course.id });
      expect(tags).toEqual(
        expect.arrayContaining([
          { tag: 'JP', count: 3 },
          { tag: 'Kompetensi', count: 2 },
          { tag: 'Regulasi', count: 1 },
        ]),
      );
      expect((await errorOf(tokens.instructor, gql.bank, { c: course.id, first: 101 })).extensions.code).toBe('BAD_USER_INPUT');
      expect((await errorOf(tokens.instructor, gql.bank, { c: course.id, first: 5, after: 'rusak' })).extensions.code).toBe('BAD_USER_INPUT');
    });

    it('finds questions by id in the order asked, leaving out deleted ones and other courses\' questions', async () => {
      const course = await newCourse(0);
      const other = await newCourse(0, 'Kursus Lain');
      const created = await createAll(course.id);
      const foreign = await ok<Question>(tokens.instructor, gql.create, { c: other.id, input: inputs.trueFalse });
      await ok<boolean>(tokens.instructor, gql.delete, { q: created.short.id });
      const ids = [created.essay.id, created.short.id, foreign.id, created.single.id, created.essay.id];
      const found = await ok<Question[]>(tokens.instructor, gql.byIds, { c: course.id, ids });
      expect(found.map((question) => question.id)).toEqual([created.essay.id, created.single.id]);
      expect(found[0]).toMatchObject({ type: 'ESSAY', rubric: [expect.objectContaining({ title: 'Relevansi' }), expect.objectContaining({ title: 'Kejelasan' })] });
      expect(await ok<Question[]>(tokens.instructor, gql.byIds, { c: course.id, ids: [] })).toEqual([]);
      const badId = await errorOf(tokens.instructor, gql.byIds, { c: course.id, ids: ['bukan-id'] });
      expect(badId).toMatchObject({ message: 'ID soal tidak valid.', extensions: { code: 'BAD_USER_INPUT' } });
      const tooMany = await errorOf(tokens.instructor, gql.byIds, { c: course.id, ids: Array.from({ length: 201 }, () => created.single.id) });
      expect(tooMany).toMatchObject({ message: 'Paling banyak 200 soal sekaligus.', extensions: { code: 'BAD_USER_INPUT', field: 'ids' } });
    });
  });

  describe('import and export', () => {
    const jsonBank = JSON.stringify({
      format: 'lentera-question-bank',
      version: 1,
      questions: [
        { key: 'jp-min', type: 'single_choice', prompt: 'JP minimal per tahun?', tags: ['JP'], points: 1, options: [{ text: '20 JP', correct: true }, { text: '10 JP', correct: false }] },
        { type: 'true_false', prompt: 'Coaching termasuk nonklasikal.', points: 1, answer: true },
        { type: 'short_answer', prompt: 'Singkatan ASN?', acceptedAnswers: ['ASN'] },
        { type: 'numeric', prompt: 'Menit per JP?', numericAnswer: 45, numericTolerance: 0 },
        { type: 'matching', prompt: 'Pasangkan.', pairs: [{ prompt: 'PNS', answer: '20 JP' }, { prompt: 'PPPK', answer: '24 JP' }] },
        { type: 'ordering', prompt: 'Urutkan.', items: ['Analisis', 'Pelaksanaan', 'Evaluasi'] },
        { type: 'essay', prompt: 'Refleksikan.', points: 2, rubric: [{ title: 'Isi', points: 2 }] },
        { type: 'multiple_choice', prompt: 'Pilih yang nonklasikal.', wrongPickPenalty: 0.25, options: [{ text: 'Magang', correct: true }, { text: 'Seminar', correct: false }] },
      ],
    });
    const csvBank = [
      'key;type;prompt;tags;points;feedback;options;correct;answer;tolerance;penalty;rubric',
      'c1;single_choice;JP minimal?;JP|Regulasi;1,5;;10 JP|20 JP|40 JP;2;;;;',
      ';multiple_choice;"Pilih; nonklasikal";Bentuk;2;;E-learning|Coaching|Seminar;1|2;;;0,5;',
      ';true_false;Satu JP 45 menit.;JP;1;;;;benar;;;',
      ';short_answer;Singkatan dari ASN?;;1;;;;ASN|A.S.N;;;',
      ';numeric;Berapa menit per JP?;;1;;;;45;0,5;;',
      ';matching;Pasangkan jenjang.;;2;;PNS => 20 JP|PPPK => 24 JP;;;;;',
      ';ordering;"Urutkan\ntahapan.";;2;;Analisis|Pelaksanaan|Evaluasi;;;;;',
      ';essay;Refleksikan rencana.;;3;;;;;;;Isi: relevansi:2|Kejelasan:1',
    ].join('\r\n');

    it('imports JSON and CSV, and importing the same file again changes nothing', async () => {
      const course = await newCourse(0);
      const first = await ok<ImportResult>(tokens.instructor, gql.import, { c: course.id, f: 'JSON', content: jsonBank });
      expect(first).toEqual({ created: 8, updated: 0, unchanged: 0, problems: [] });
      const again = await ok<ImportResult>(tokens.instructor, gql.import, { c: course.id, f: 'JSON', content: jsonBank });
      expect(again).toEqual({ created: 0, updated: 0, unchanged: 8, problems: [] });
      expect(await bankCount(course.id)).toBe(8);

      const csv = await ok<ImportResult>(tokens.instructor, gql.import, { c: course.id, f: 'CSV', content: `\uFEFF${csvBank}` });
      expect(csv).toEqual({ created: 8, updated: 0, unchanged: 0, problems: [] });
      const csvAgain = await ok<ImportResult>(tokens.instructor, gql.import, { c: course.id, f: 'CSV', content: csvBank });
      expect(csvAgain).toEqual({ created: 0, updated: 0, unchanged: 8, problems: [] });
      expect(await bankCount(course.id)).toBe(16);

      const stored = await app.get(QuestionRepository).findByCourse(course.id);
      const byPrompt = new Map(stored.map((question) => [question.prompt, question]));
      expect(byPrompt.get('JP minimal?')).toMatchObject({ key: 'c1', points: 1.5, tags: ['JP', 'Regulasi'] });
      expect(byPrompt.get('JP minimal?')!.options.map((option) => option.correct)).toEqual([false, true, false]);
      expect(byPrompt.get('Pilih; nonklasikal')).toMatchObject({ wrongPickPenalty: 0.5 });
      expect(byPrompt.get('Satu JP 45 menit.')).toMatchObject({ trueFalseAnswer: true });
      expect(byPrompt.get('Berapa menit per JP?')).toMatchObject({ numericAnswer: 45, numericTolerance: 0.5 });
      expect(byPrompt.get('Singkatan dari ASN?')).toMatchObject({ acceptedAnswers: ['ASN', 'A.S.N'] });
      expect(byPrompt.get('Pasangkan jenjang.')!.pairs.map(({ prompt, answer }) => [prompt, answer])).toEqual([
        ['PNS', '20 JP'],
        ['PPPK', '24 JP'],
      ]);
      expect(byPrompt.get('Urutkan\ntahapan.')!.orderItems.map((item) => item.text)).toEqual(['Analisis', 'Pelaksanaan', 'Evaluasi']);
      expect(byPrompt.get('Refleksikan rencana.')!.rubric.map(({ title, points }) => [title, points])).toEqual(
        expect.arrayContaining([
          ['Isi: relevansi', 2],
          ['Kejelasan', 1],
        ]),
      );

      // A changed question updates in place and keeps the ids of options whose text stayed.
      const before = stored.find((question) => question.key === 'jp-min')!;
      const changed = jsonBank.replace('"prompt":"JP minimal per tahun?"', '"prompt":"JP minimal tiap tahun?"');
      const withChange = await ok<ImportResult>(tokens.instructor, gql.import, { c: course.id, f: 'JSON', content: changed });
      expect(withChange).toMatchObject({ created: 0, updated: 1, unchanged: 7 });
      const after = await app.get(QuestionRepository).findById(before.id);
      expect(after).toMatchObject({ prompt: 'JP minimal tiap tahun?', revision: 2 });
      expect(after!.options.map((option) => option.optionId)).toEqual(before.options.map((option) => option.optionId));
    });

    it('writes nothing when one row has a problem, and lists every problem with its line', async () => {
      const course = await newCourse(0);
      const badJson = JSON.parse(jsonBank) as { questions: Array<Record<string, unknown>> };
      badJson.questions[2] = { type: 'short_answer', prompt: 'Tanpa jawaban', acceptedAnswers: [] };
      badJson.questions[5] = { type: 'pilihan', prompt: 'Jenis salah' };
      const json = await ok<ImportResult>(tokens.instructor, gql.import, { c: course.id, f: 'JSON', content: JSON.stringify(badJson) });
      expect(json).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
      expect(json.problems.map((problem) => problem.line)).toEqual([3, 6]);
      expect(json.problems[0].message).toBe('Tulis 1 sampai 50 jawaban yang diterima.');
      expect(json.problems[1].messageEn).toContain('Unknown question type "pilihan"');

      const badCsv = csvBank.replace('10 JP|20 JP|40 JP;2;', '10 JP|20 JP|40 JP;7;');
      const csv = await ok<ImportResult>(tokens.instructor, gql.import, { c: course.id, f: 'CSV', content: badCsv });
      expect(csv).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
      expect(csv.problems).toEqual([expect.objectContaining({ line: 2, key: 'c1', message: 'Kolom correct harus berisi nomor pilihan 1 sampai 3 (bukan "7").' })]);
      expect(await bankCount(course.id)).toBe(0);

      const wrongHeader = await errorOf(tokens.instructor, gql.import, { c: course.id, f: 'CSV', content: 'tipe,prompt\nsingle_choice,x' });
      expect(wrongHeader.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
      const notJson = await errorOf(tokens.instructor, gql.import, { c: course.id, f: 'JSON', content: '{"format":' });
      expect(notJson).toMatchObject({ message: 'Berkas bukan JSON yang valid.', extensions: { code: 'BAD_USER_INPUT' } });
      const tooMany = await errorOf(tokens.instructor, gql.import, {
        c: course.id,
        f: 'JSON',
        content: JSON.stringify({ format: 'lentera-question-bank', version: 1, questions: Array.from({ length: 2_001 }, () => ({})) }),
      });
      expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
      expect(await bankCount(course.id)).toBe(0);
    });

    it('exports JSON and CSV that import back unchanged, into the same bank or a new one', async () => {
      const course = await newCourse(0);
      await createAll(course.id);
      await ok<Question>(tokens.instructor, gql.create, {
        c: course.id,
        input: { ...inputs.short, prompt: 'Teks dengan | garis, "kutip"; titik koma\ndan baris baru', acceptedAnswers: ['a|b', 'c\\d'], tags: ['Khusus'] },
      });
      await ok<Question>(tokens.instructor, gql.create, {
        c: course.id,
        input: { ...inputs.matching, prompt: 'Pasangan => panah', pairs: [{ prompt: 'x => y', answer: 'z' }, { prompt: 'p', answer: 'q|r' }] },
      });
      for (const format of ['JSON', 'CSV']) {
        const exported = await ok<string>(tokens.instructor, gql.export, { c: course.id, f: format });
        const same = await ok<ImportResult>(tokens.instructor, gql.import, { c: course.id, f: format, content: exported });
        expect(same).toEqual({ created: 0, updated: 0, unchanged: 10, problems: [] });

        const copy = await newCourse(0, `Salinan ${format}`);
        expect(await ok<ImportResult>(tokens.instructor, gql.import, { c: copy.id, f: format, content: exported })).toMatchObject({ created: 10, problems: [] });
        // The copy holds the same questions (its creation order may differ: the upserts are unordered).
        const reexported = await ok<string>(tokens.instructor, gql.export, { c: copy.id, f: format });
        expect(sortedContent(reexported, format)).toEqual(sortedContent(exported, format));
      }
      expect(await bankCount(course.id)).toBe(10);
      const csv = await ok<string>(tokens.instructor, gql.export, { c: course.id, f: 'CSV' });
      expect(csv.split('\r\n')[0]).toBe('\uFEFFkey,type,prompt,tags,points,feedback,options,correct,answer,tolerance,penalty,rubric,optionFeedback');
    });
  });

  describe('quiz settings and publishing', () => {
    it('stores the settings of a quiz lesson as a draft edit and shows them on AuthoringLesson.quiz', async () => {
      let course = await newCourse(1);
      const [quiz] = quizLessons(course);
      expect(quiz.quiz).toMatchObject({ selection: 'FIXED', questionIds: [], passingPercent: 70, role: 'NONE' });
      expect(course.modules[0].lessons[0].quiz).toBeNull();
      const questions = await createAll(course.id);
      const closesAt = '2030-01-31T10:00:00.000Z';
      course = await ok<Course>(tokens.instructor, gql.settings, {
        c: course.id,
        r: course.revision,
        l: quiz.id,
        input: { ...baseSettings, questionIds: [questions.single.id, questions.essay.id, questions.single.id], review: 'AFTER_CLOSE', opensAt: '2030-01-01T00:00:00.000Z', closesAt },
      });
      expect(quizLessons(course)[0].quiz).toMatchObject({
        selection: 'FIXED',
        questionIds: [questions.single.id, questions.essay.id],
        review: 'AFTER_CLOSE',
        closesAt,
        timeLimitMinutes: 30,
        maxAttempts: 3,
      });
      const stale = await errorOf(tokens.instructor, gql.settings, { c: course.id, r: course.revision - 1, l: quiz.id, input: baseSettings });
      expect(stale.extensions.code).toBe('CONFLICT');

      course = await ok<Course>(tokens.instructor, gql.settings, {
        c: course.id,
        r: course.revision,
        l: quiz.id,
        input: { ...baseSettings, selection: 'RANDOM', questionIds: [questions.single.id], draws: [{ tag: 'JP', count: 2 }], timeLimitMinutes: null, maxAttempts: null },
      });
      expect(quizLessons(course)[0].quiz).toMatchObject({ selection: 'RANDOM', questionIds: [], draws: [{ tag: 'JP', count: 2 }], timeLimitMinutes: null, maxAttempts: null });
    });

    it('refuses settings out of range, unknown questions, a text lesson, and a second pre-test', async () => {
      let course = await newCourse(2);
      const [first, second] = quizLessons(course);
      const other = await newCourse(0, 'Kursus lain');
      const foreign = await ok<Question>(tokens.instructor, gql.create, { c: other.id, input: inputs.trueFalse });
      const refused = async (input: Record<string, unknown>, lessonId = first.id) => errorOf(tokens.instructor, gql.settings, { c: course.id, r: course.revision, l: lessonId, input: { ...baseSettings, ...input } });

      expect((await refused({ questionIds: [foreign.id] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionIds' });
      expect((await refused({ questionIds: ['0123456789abcdef01234567'] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionIds' });
      expect((await refused({ questionIds: ['bukan-id'] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionIds' });
      expect((await refused({ passingPercent: 101 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passingPercent' });
      expect((await refused({ timeLimitMinutes: 0 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeLimitMinutes' });
      expect((await refused({ maxAttempts: 101 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxAttempts' });
      expect((await refused({ opensAt: '2030-01-02T00:00:00Z', closesAt: '2030-01-01T00:00:00Z' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
      const afterClose = await refused({ correctAnswers: 'AFTER_CLOSE' });
      expect(afterClose).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'correctAnswers' } });
      expect(afterClose.message).toContain('memerlukan waktu tutup kuis');
      expect((await refused({ selection: 'RANDOM', draws: [] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'draws' });
      expect((await refused({ selection: 'RANDOM', draws: [{ tag: ' ', count: 1 }] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'draws' });
      expect((await refused({ selection: 'RANDOM', draws: [{ tag: 'JP', count: 0 }] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'draws' });
      expect((await refused({}, course.modules[0].lessons[0].id)).extensions.code).toBe('BAD_USER_INPUT');
      expect((await refused({}, '0123456789abcdef01234567')).extensions.code).toBe('NOT_FOUND');
      const learner = await errorOf(tokens.learner, gql.settings, { c: course.id, r: course.revision, l: first.id, input: baseSettings });
      expect(learner.extensions.code).toBe('FORBIDDEN');

      course = await ok<Course>(tokens.instructor, gql.settings, { c: course.id, r: course.revision, l: first.id, input: { ...baseSettings, role: 'PRE_TEST' } });
      const taken = await refused({ role: 'PRE_TEST' }, second.id);
      expect(taken).toMatchObject({ extensions: { code: 'CONFLICT', field: 'role' } });
      expect(taken.message).toContain('"Kuis 1" sudah menjadi pre-test');
      course = await ok<Course>(tokens.instructor, gql.settings, { c: course.id, r: course.revision, l: second.id, input: { ...baseSettings, role: 'POST_TEST' } });
      // The same lesson may keep its role.
      course = await ok<Course>(tokens.instructor, gql.settings, { c: course.id, r: course.revision, l: first.id, input: { ...baseSettings, role: 'PRE_TEST', passingPercent: 0 } });
      expect(quizLessons(course).map((lesson) => lesson.quiz?.role)).toEqual(['PRE_TEST', 'POST_TEST']);
    });

    it('publishes a quiz only when its questions can be drawn', async () => {
      let course = await newCourse(1, 'Kursus berkuis');
      const [quiz] = quizLessons(course);
      const empty = await errorOf(tokens.admin, gql.publish, { c: course.id, r: course.revision });
      expect(empty).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'quiz' } });
      expect(empty.message).toContain('Kuis "Kuis 1" belum memiliki soal');

      const questions = await createAll(course.id);
      course = await ok<Course>(tokens.instructor, gql.settings, { c: course.id, r: course.revision, l: quiz.id, input: { ...baseSettings, selection: 'RANDOM', draws: [{ tag: 'JP', count: 4 }] } });
      const short = await errorOf(tokens.admin, gql.publish, { c: course.id, r: course.revision });
      expect(short.message).toBe('Kuis "Kuis 1" mengambil 4 soal bertopik "JP", tetapi bank soal hanya memiliki 3. Tambahkan soal atau kurangi jumlahnya sebelum menerbitkan.');

      course = await ok<Course>(tokens.instructor, gql.settings, { c: course.id, r: course.revision, l: quiz.id, input: { ...baseSettings, questionIds: [questions.single.id, questions.matching.id] } });
      await ok<boolean>(tokens.instructor, gql.delete, { q: questions.matching.id });
      const gone = await errorOf(tokens.admin, gql.publish, { c: course.id, r: course.revision });
      expect(gone.message).toContain('1 soal yang dipilih sudah tidak ada di bank soal');

      course = await ok<Course>(tokens.instructor, gql.settings, { c: course.id, r: course.revision, l: quiz.id, input: { ...baseSettings, questionIds: [questions.single.id, questions.essay.id] } });
      const published = await ok<Course>(tokens.admin, gql.publish, { c: course.id, r: course.revision });
      expect(published.status).toBe('PUBLISHED');
    });

    it('deletes the bank and every attempt, answer and grading with the course', async () => {
      const course = await newCourse(1, 'Kursus dihapus');
      const other = await newCourse(0, 'Kursus yang tetap');
      await createAll(course.id);
      const kept = await ok<Question>(tokens.instructor, gql.create, { c: other.id, input: inputs.trueFalse });
      // Rows as an attempt leaves them (a course with attempts normally has enrolments, which
      // block deletion; an instructor's own tries or rows left by a crash still must go).
      const learnerId = '0123456789abcdef0123abcd';
      const attempt = (await app.get(QuizAttemptRepository).createNumbered({
        agencyId: agencyA,
        courseId: course.id,
        courseVersion: 1,
        lessonId: quizLessons(course)[0].id,
        userId: learnerId,
        enrolmentId: '0123456789abcdef0123abce',
        assignmentId: null,
        number: 1,
        role: 'none',
        startedAt: new Date(),
        deadline: null,
        passingPercent: 70,
        review: 'after_attempt',
        correctAnswers: 'after_passing',
        closesAt: null,
        maxPoints: 1,
        questions: [{ questionId: QUESTION_ID, type: 'true_false', prompt: 'Benar?', points: 1, trueFalseAnswer: true }],
      }))!;
      await app.get(QuizAnswerRepository).saveMany({ attemptId: attempt.id, userId: learnerId }, [{ questionId: QUESTION_ID, value: { booleanValue: true } }], false, new Date());
      await app.get(QuizGradingRepository).recordOnce({
        attemptId: attempt.id,
        agencyId: agencyA,
        courseId: course.id,
        lessonId: attempt.lessonId,
        userId: learnerId,
        status: 'graded',
        results: [{ questionId: QUESTION_ID, outcome: 'correct', points: 1, maxPoints: 1, answer: { booleanValue: true }, essay: null }],
        scorePoints: 1,
        maxPoints: 1,
        percent: 100,
        passed: true,
        gradedAt: new Date(),
        completedAt: new Date(),
      });
      expect(await ok<boolean>(tokens.admin, gql.deleteCourse, { c: course.id })).toBe(true);
      expect(await bankCount(course.id)).toBe(0);
      expect(await app.get(QuestionRepository).findById(kept.id)).not.toBeNull();
      expect(await app.get(QuizAttemptRepository).findById(attempt.id)).toBeNull();
      expect(await app.get(QuizAnswerRepository).findByAttempt(attempt.id)).toEqual([]);
      expect(await app.get(QuizGradingRepository).findByAttemptId(attempt.id)).toBeNull();
    });
  });
});
