import { readFile } from 'node:fs/promises';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  AgencyRepository,
  CourseRepository,
  DatabaseModule,
  DRAFT_VERSION,
  LessonRepository,
  QuestionRepository,
  QuizAttemptRepository,
  type AttemptQuestionValue,
  type LessonContentRecord,
  type QuizAttemptRecord,
} from '@lentera/db';
import {
  buildCourse,
  correctAnswerOf,
  eventually,
  graphqlAs,
  launchBrowser,
  signInThroughApi,
  signInThroughPage,
  startStack,
  type RunningStack,
} from '@lentera/test-support';

const DESKTOP = { width: 1280, height: 900 };
const WAIT = { timeout: 20_000 };
const DEMO_AGENCY = 'BPSDM-KALBAR';
const DEMO_COURSE = 'Pengembangan Kompetensi ASN: Strategi dan Praktik Daerah';
const INSTRUCTOR = 'instruktur@demo.lentera.id';
const LEARNERS = [
  { email: 'asn1@demo.lentera.id', name: 'Siti Rahmawati, S.E.' },
  { email: 'asn2@demo.lentera.id', name: 'Budi Santoso, S.Kom.' },
] as const;
const QUIZ_LESSON = 'Kuis Bab 1';
const FINAL_LESSON = 'Ujian Akhir';

const ENROL = 'mutation ($c: ID!) { enrol(courseId: $c) { id } }';
const START = 'mutation ($c: ID!, $l: ID!) { startQuizAttempt(courseId: $c, lessonId: $l) { id } }';
const SAVE = 'mutation ($a: ID!, $answers: [AnswerInput!]!) { saveQuizAnswers(attemptId: $a, answers: $answers) { saved late } }';
const UPDATE_QUESTION = 'mutation ($q: ID!, $r: Int!, $input: QuestionInput!) { updateQuestion(questionId: $q, revision: $r, input: $input) { id revision } }';
const UPDATE_SETTINGS =
  'mutation ($c: ID!, $r: Int!, $l: ID!, $input: QuizSettingsInput!) { updateQuizSettings(courseId: $c, revision: $r, lessonId: $l, input: $input) { id revision } }';
const SUBMIT = 'mutation ($a: ID!) { submitQuizAttempt(attemptId: $a) { id status } }';

const ETIKA_COUNT = 40;
const etikaPrompt = (number: number) => `Pernyataan etika ASN nomor ${number} tentang netralitas dalam pelayanan.`;

/** The README's example bank (apps/api/src/quiz-bank/README.md): one question of every type, one with a key. */
const IMPORT_FILE = {
  format: 'lentera-question-bank',
  version: 1,
  questions: [
    {
      key: 'jp-minimal',
      type: 'single_choice',
      prompt: 'Berapa JP pengembangan kompetensi minimal bagi PNS per tahun?',
      tags: ['Regulasi', 'JP'],
      points: 2,
      feedback: 'PP 11/2017 pasal 203 ayat (4).',
      options: [
        { text: '10 JP', correct: false },
        { text: '20 JP', correct: true, feedback: 'Benar.' },
        { text: '40 JP', correct: false },
      ],
    },
    {
      type: 'multiple_choice',
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
    { type: 'true_false', prompt: 'Satu JP lazimnya setara 45 menit.', answer: true, tags: ['Regulasi'] },
    { type: 'short_answer', prompt: 'Apa kepanjangan ASN?', acceptedAnswers: ['Aparatur Sipil Negara'] },
    { type: 'numeric', prompt: 'Berapa menit satu JP?', numericAnswer: 45, numericTolerance: 0 },
    {
      type: 'matching',
      prompt: 'Pasangkan jenis pegawai dengan batas JP-nya.',
      pairs: [
        { prompt: 'PNS', answer: 'minimal 20 JP' },
        { prompt: 'PPPK', answer: 'paling banyak 24 JP' },
      ],
    },
    { type: 'ordering', prompt: 'Urutkan tahapan\npengembangan kompetensi.', items: ['Analisis kebutuhan', 'Perencanaan', 'Pelaksanaan', 'Evaluasi'] },
    {
      type: 'essay',
      prompt: 'Jelaskan rencana pengembangan kompetensi di unit kerja Anda.',
      points: 4,
      rubric: [
        { title: 'Relevansi', points: 2 },
        { title: 'Kejelasan', points: 2 },
      ],
    },
    // Enough for three pages of the bank (20 a page), and more than the quiz settings' picker loads at once (50).
    ...Array.from({ length: ETIKA_COUNT }, (_, index) => ({
      key: `etika-${index + 1}`,
      type: 'true_false',
      prompt: etikaPrompt(index + 1),
      tags: ['etika'],
      answer: true,
    })),
  ],
};
const IMPORTED = IMPORT_FILE.questions.length;
/** The post-test's question, four typed in the form, and the imported ones. */
const FULL_BANK = 1 + 4 + IMPORTED;

/** Row 3 names a type that does not exist: the whole file is refused. */
const BROKEN_CSV = [
  'key;type;prompt;tags;points;options;correct',
  'csv-1;single_choice;Siapa pembina ASN di daerah?;Regulasi;1;Bupati/Wali Kota|Camat;1',
  'csv-2;pilihan_aneh;Soal dengan jenis yang tidak dikenal;;1;;',
].join('\n');

/** The questions the instructor types into the form. */
const SINGLE_PROMPT = 'Standar pelayanan publik wajib memuat …';
const SINGLE_PROMPT_EDITED = 'Standar pelayanan publik menurut UU 25/2009 wajib memuat …';
const MATCHING_PROMPT = 'Pasangkan asas pelayanan publik dengan maknanya.';
const ORDERING_PROMPT = 'Urutkan alur penanganan pengaduan masyarakat.';
const ESSAY_PROMPT = 'Uraikan satu perbaikan layanan di unit kerja Anda.';
const ORDER = ['Pengaduan diterima', 'Pengaduan diverifikasi', 'Tindak lanjut oleh unit terkait', 'Hasil disampaikan kepada pelapor'];

/** What each learner gets right: the first N questions of the attempt as the server fixed it. */
const RIGHT_ANSWERS = {
  'asn1@demo.lentera.id': { pre: 4, post: 12 },
  'asn2@demo.lentera.id': { pre: 7, post: 10 },
} as const;
/** Rubric points the instructor gives each learner's reflection (criteria: 3, 4 and 3 points). */
const ESSAY_GRADES = {
  'Siti Rahmawati, S.E.': [3, 3, 2],
  'Budi Santoso, S.Kom.': [1, 2, 1],
} as const;

const idNumber = (value: number, digits: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits }).format(value);
const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * An instructor on an office PC: writes questions in the bank editor (several types, an edit, a
 * refused one), imports a bank file twice and exports it; sets up a quiz (random draw per tag,
 * time limit, attempts, pass mark, review, pre-test role) and sees bad values refused; then, on
 * the demo course after two learners took its pre-test, post-test and essay through the API,
 * reads the results, opens a graded attempt, grades the essays against the rubric and reads the
 * learning gain. Every step is checked in the page and in the database.
 */
describe('an instructor authors quizzes, grades essays and reads the learning gain in the browser', () => {
  let stack: RunningStack;
  let db: TestingModule;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let agencyId: string;
  /** A course of the demo agency built for this test: a quiz lesson with an empty bank, and a post-test. */
  let courseId: string;
  let quizLessonId: string;

  const questions = () => db.get(QuestionRepository);
  const attempts = () => db.get(QuizAttemptRepository);
  const bankSize = async () => (await questions().findByCourse(courseId)).length;

  beforeAll(async () => {
    stack = await startStack('e2e-quiz-authoring');
    db = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(stack.isolated.config)] }).compile();
    db.useLogger(false);
    await db.init();
    const agency = await eventually(() => db.get(AgencyRepository).findByCode(DEMO_AGENCY), (found) => found !== null, 'the demo agency the API seeds', 10_000);
    agencyId = agency!.id;
    const course = await buildCourse(db, {
      agencyId,
      title: 'Pelayanan Publik Prima',
      publish: false,
      modules: [
        [
          { kind: 'text', title: 'Asas pelayanan publik' },
          { kind: 'quiz', title: QUIZ_LESSON },
        ],
        [{ kind: 'quiz', title: FINAL_LESSON, quiz: { questions: [{ type: 'true_false' }], settings: { role: 'post_test' } } }],
      ],
    });
    courseId = course.id;
    quizLessonId = course.quizzes[0].lessonId;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    page = await context.newPage();
    await signInThroughPage(page, stack.baseUrl, INSTRUCTOR, '/mengajar');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await db?.close();
    await stack?.stop();
  });

  const bankRow = (text: string): Locator => page.getByTestId('bank-question-row').filter({ hasText: text });
  const questionDialog = (title: 'Soal baru' | 'Ubah soal'): Locator => page.getByRole('dialog', { name: title });

  /** Picks `option` in the select (a Mantine combobox) named `label`. */
  async function choose(within: Locator, label: string | RegExp, option: string): Promise<void> {
    await within.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  async function openNewQuestion(): Promise<Locator> {
    await page.getByRole('button', { name: 'Tambah soal' }).click();
    const dialog = questionDialog('Soal baru');
    await dialog.getByTestId('question-form').waitFor(WAIT);
    return dialog;
  }

  async function addTag(dialog: Locator, tag: string): Promise<void> {
    const input = dialog.getByLabel(/^Tag \(topik\)/);
    await input.fill(tag);
    await input.press('Enter');
  }

  /** The errors of a GraphQL call that must fail (with a Bearer token). */
  async function graphqlErrors(token: string, query: string, variables: Record<string, unknown>): Promise<Array<{ message: string; extensions?: Record<string, unknown> }>> {
    const response = await fetch(`${stack.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    expect(body.errors).toBeDefined();
    return body.errors ?? [];
  }

  /** Clicks an export button: the file the browser was handed, as text. */
  async function download(button: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('button', { name: button }).click()]);
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
  }

  async function saveQuestion(dialog: Locator): Promise<void> {
    await dialog.getByTestId('question-save').click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
    await page.getByRole('status').filter({ hasText: 'Soal tersimpan.' }).waitFor(WAIT);
  }

  describe('the bank editor', () => {
    beforeAll(async () => {
      await page.goto(`${stack.baseUrl}/mengajar/kursus/${courseId}`);
      await page.getByTestId('question-bank-link').click();
      await page.waitForURL(`${stack.baseUrl}/mengajar/kursus/${courseId}/bank-soal`, WAIT);
      // The post-test's one question (tag "uji") is the bank's only one so far.
      await bankRow('Satu JP lazimnya setara 45 menit.').waitFor(WAIT);
      expect(await bankSize()).toBe(1);
    });

    it('creates a single choice question through the form', async () => {
      const dialog = await openNewQuestion();
      await dialog.getByLabel(/^Pertanyaan/).fill(SINGLE_PROMPT);
      await dialog.getByLabel(/^Poin/).first().fill('2');
      await dialog.getByLabel('Pilihan 1', { exact: true }).fill('Jenis layanan, persyaratan, prosedur, waktu, dan biaya');
      await dialog.getByLabel('Pilihan 2', { exact: true }).fill('Nama kepala dinas');
      await dialog.getByLabel('Pilihan 3', { exact: true }).fill('Jumlah pegawai honorer');
      // The fourth option stays blank: it is left out.
      await dialog.getByLabel('Benar: Pilihan 1', { exact: true }).check();
      await dialog.getByLabel('Umpan balik pilihan 2', { exact: true }).fill('Nama pejabat bukan unsur standar pelayanan.');
      await addTag(dialog, 'pelayanan');
      await dialog.getByLabel(/^Kode soal/).fill('standar-pelayanan');
      await saveQuestion(dialog);

      await bankRow(SINGLE_PROMPT).waitFor(WAIT);
      const [stored] = await questions().findByKeys(courseId, ['standar-pelayanan']);
      expect(stored).toMatchObject({ type: 'single_choice', prompt: SINGLE_PROMPT, points: 2, tags: ['pelayanan'], revision: expect.any(Number) });
      expect(stored.options.map(({ text, correct }) => ({ text, correct }))).toEqual([
        { text: 'Jenis layanan, persyaratan, prosedur, waktu, dan biaya', correct: true },
        { text: 'Nama kepala dinas', correct: false },
        { text: 'Jumlah pegawai honorer', correct: false },
      ]);
      expect(stored.options[1].feedback).toBe('Nama pejabat bukan unsur standar pelayanan.');
    });

    it('refuses a bad question with a clear message and saves nothing; a matching question with four pairs once fixed', async () => {
      const dialog = await openNewQuestion();
      await dialog.getByLabel(/^Pertanyaan/).fill(MATCHING_PROMPT);
      // No correct option marked: the form says so before sending anything.
      await dialog.getByLabel('Pilihan 1', { exact: true }).fill('Kepastian hukum');
      await dialog.getByLabel('Pilihan 2', { exact: true }).fill('Keterbukaan');
      await dialog.getByTestId('question-save').click();
      await dialog.getByText('Tandai tepat satu pilihan yang benar.').waitFor(WAIT);
      expect(await bankSize()).toBe(2);

      await choose(dialog, 'Jenis soal', 'Menjodohkan');
      const pairs: Array<[string, string]> = [
        ['Kepastian hukum', 'Jaminan hak dan kewajiban'],
        ['Keterbukaan', 'Informasi mudah diakses'],
        ['Akuntabilitas', 'Jaminan hak dan kewajiban'],
      ];
      for (const [index, [prompt, answer]] of pairs.entries()) {
        await dialog.getByLabel(`Pernyataan ${index + 1}`, { exact: true }).fill(prompt);
        await dialog.getByLabel(`Jawaban ${index + 1}`, { exact: true }).fill(answer);
      }
      // Two answers the same: only the server checks that, and it says which in Indonesian.
      await dialog.getByTestId('question-save').click();
      await dialog.getByText('Teks ini sama dengan yang di atasnya.').waitFor(WAIT);
      expect(await dialog.isVisible()).toBe(true);
      expect(await bankSize()).toBe(2);

      await dialog.getByLabel('Jawaban 3', { exact: true }).fill('Dapat dipertanggungjawabkan');
      await dialog.getByRole('button', { name: 'Tambah pasangan' }).click();
      await dialog.getByLabel('Pernyataan 4', { exact: true }).fill('Ketepatan waktu');
      await dialog.getByLabel('Jawaban 4', { exact: true }).fill('Selesai dalam waktu yang ditetapkan');
      await addTag(dialog, 'pelayanan');
      await saveQuestion(dialog);

      await bankRow(MATCHING_PROMPT).waitFor(WAIT);
      const stored = (await questions().findByCourse(courseId)).find((question) => question.prompt === MATCHING_PROMPT);
      expect(stored?.type).toBe('matching');
      expect(stored?.pairs.map(({ prompt, answer }) => [prompt, answer])).toEqual([
        ['Kepastian hukum', 'Jaminan hak dan kewajiban'],
        ['Keterbukaan', 'Informasi mudah diakses'],
        ['Akuntabilitas', 'Dapat dipertanggungjawabkan'],
        ['Ketepatan waktu', 'Selesai dalam waktu yang ditetapkan'],
      ]);
    });

    it('creates an ordering question, putting an item in its place with the arrows', async () => {
      const dialog = await openNewQuestion();
      await choose(dialog, 'Jenis soal', 'Mengurutkan');
      await dialog.getByLabel(/^Pertanyaan/).fill(ORDERING_PROMPT);
      // Typed out of order: the last one first, then moved down to the end.
      await dialog.getByLabel('Butir 1', { exact: true }).fill(ORDER[3]);
      await dialog.getByLabel('Butir 2', { exact: true }).fill(ORDER[0]);
      await dialog.getByLabel('Butir 3', { exact: true }).fill(ORDER[1]);
      await dialog.getByRole('button', { name: 'Tambah butir' }).click();
      await dialog.getByLabel('Butir 4', { exact: true }).fill(ORDER[2]);
      for (const number of [1, 2, 3]) await dialog.getByRole('button', { name: `Turunkan butir ${number}` }).click();
      expect(await Promise.all([1, 2, 3, 4].map((number) => dialog.getByLabel(`Butir ${number}`, { exact: true }).inputValue()))).toEqual(ORDER);
      await addTag(dialog, 'pelayanan');
      await saveQuestion(dialog);

      await bankRow(ORDERING_PROMPT).waitFor(WAIT);
      const stored = (await questions().findByCourse(courseId)).find((question) => question.prompt === ORDERING_PROMPT);
      expect(stored?.orderItems.map(({ text }) => text)).toEqual(ORDER);
    });

    it('creates an essay with a rubric whose points add up to the question', async () => {
      const dialog = await openNewQuestion();
      await choose(dialog, 'Jenis soal', 'Esai');
      await dialog.getByLabel(/^Pertanyaan/).fill(ESSAY_PROMPT);
      await dialog.getByLabel(/^Poin/).first().fill('5');
      for (const [index, [title, points]] of ([['Masalah layanan jelas', '2'], ['Perbaikan dapat dijalankan', '3']] as const).entries()) {
        await dialog.getByRole('button', { name: 'Tambah kriteria' }).click();
        await dialog.getByLabel(`Kriteria ${index + 1}`, { exact: true }).fill(title);
        await dialog.getByLabel(`Poin kriteria ${index + 1}`, { exact: true }).fill(points);
      }
      await dialog.getByText('Jumlah rubrik: 5 dari 5 poin').waitFor(WAIT);
      await addTag(dialog, 'refleksi');
      await saveQuestion(dialog);

      await bankRow(ESSAY_PROMPT).waitFor(WAIT);
      const stored = (await questions().findByCourse(courseId)).find((question) => question.prompt === ESSAY_PROMPT);
      expect(stored).toMatchObject({ type: 'essay', points: 5 });
      expect(stored?.rubric.map(({ title, points }) => [title, points])).toEqual([
        ['Masalah layanan jelas', 2],
        ['Perbaikan dapat dijalankan', 3],
      ]);
    });

    it('edits a question; an edit made elsewhere meanwhile is a conflict, and after reloading the typed change goes through', async () => {
      const [before] = await questions().findByKeys(courseId, ['standar-pelayanan']);
      await bankRow(SINGLE_PROMPT).getByRole('button', { name: 'Ubah' }).click();
      const dialog = questionDialog('Ubah soal');
      await dialog.getByLabel(/^Pertanyaan/).fill(SINGLE_PROMPT_EDITED);
      await dialog.getByLabel('Benar: Pilihan 3', { exact: true }).check();
      await dialog.getByLabel('Benar: Pilihan 1', { exact: true }).check();

      // Another tab of the same author adds general feedback first.
      const { token } = await signInThroughApi(stack.baseUrl, INSTRUCTOR);
      await graphqlAs(stack.baseUrl, token, UPDATE_QUESTION, {
        q: before.id,
        r: before.revision,
        input: {
          type: 'SINGLE_CHOICE',
          prompt: before.prompt,
          points: before.points,
          tags: before.tags,
          feedback: 'Lihat UU 25/2009 pasal 21.',
          options: before.options.map(({ optionId, text, correct, feedback }) => ({ id: optionId, text, correct, feedback: feedback ?? null })),
        },
      });
      await dialog.getByTestId('question-save').click();
      await dialog.getByTestId('question-conflict').waitFor(WAIT);
      expect((await questions().findById(before.id))?.prompt).toBe(SINGLE_PROMPT);
      await dialog.getByRole('button', { name: 'Muat ulang' }).click();
      await dialog.getByTestId('question-conflict').waitFor({ state: 'detached', timeout: 20_000 });
      expect(await dialog.getByLabel(/^Pertanyaan/).inputValue()).toBe(SINGLE_PROMPT_EDITED);
      await saveQuestion(dialog);

      await bankRow(SINGLE_PROMPT_EDITED).waitFor(WAIT);
      const after = (await questions().findById(before.id))!;
      expect(after).toMatchObject({ prompt: SINGLE_PROMPT_EDITED, revision: before.revision + 2 });
      // The options kept their ids (attempts and reviews point at them).
      expect(after.options.map(({ optionId }) => optionId)).toEqual(before.options.map(({ optionId }) => optionId));
      expect(after.options.filter(({ correct }) => correct).map(({ text }) => text)).toEqual(['Jenis layanan, persyaratan, prosedur, waktu, dan biaya']);
      expect(await page.getByTestId('bank-question-row').count()).toBe(5);
      expect(await bankSize()).toBe(5);
    });

    it('imports a JSON bank, and the same file again duplicates nothing', async () => {
      const file = { name: 'bank-soal-regulasi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(IMPORT_FILE, null, 2)) };
      const result = page.getByTestId('bank-import-result');
      await page.getByTestId('bank-import-input').setInputFiles(file);
      await result.getByText(`Dibuat ${IMPORTED}, diperbarui 0, tidak berubah 0.`).waitFor(WAIT);
      expect(await result.innerText()).toContain('bank-soal-regulasi.json');
      await page.getByText(`Menampilkan 1–20 dari ${FULL_BANK} soal`).waitFor(WAIT);
      expect(await bankSize()).toBe(FULL_BANK);

      await page.getByTestId('bank-import-input').setInputFiles(file);
      await result.getByText(`Dibuat 0, diperbarui 0, tidak berubah ${IMPORTED}.`).waitFor(WAIT);
      expect(await bankSize()).toBe(FULL_BANK);
      const [keyed] = await questions().findByKeys(courseId, ['jp-minimal']);
      expect(keyed).toMatchObject({ type: 'single_choice', points: 2, tags: ['Regulasi', 'JP'] });
    });

    it('pages through the bank and finds questions by their words and by tag', async () => {
      const rows = page.getByTestId('bank-question-row');
      expect(await rows.count()).toBe(20);
      expect(await page.getByRole('button', { name: 'Sebelumnya' }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Berikutnya' }).click();
      await page.getByText(`Menampilkan 21–40 dari ${FULL_BANK} soal`).waitFor(WAIT);
      await page.getByRole('button', { name: 'Berikutnya' }).click();
      await page.getByText(`Menampilkan 41–${FULL_BANK} dari ${FULL_BANK} soal`).waitFor(WAIT);
      expect(await rows.count()).toBe(FULL_BANK - 40);
      expect(await rows.last().innerText()).toContain(etikaPrompt(ETIKA_COUNT));
      expect(await page.getByRole('button', { name: 'Berikutnya' }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Sebelumnya' }).click();
      await page.getByText(`Menampilkan 21–40 dari ${FULL_BANK} soal`).waitFor(WAIT);
      await page.getByRole('button', { name: 'Sebelumnya' }).click();
      await page.getByText(`Menampilkan 1–20 dari ${FULL_BANK} soal`).waitFor(WAIT);

      await page.getByLabel('Cari soal').fill('pengaduan');
      await page.getByText('Menampilkan 1–1 dari 1 soal').waitFor(WAIT);
      expect(await rows.first().innerText()).toContain(ORDERING_PROMPT);
      await page.getByLabel('Cari soal').fill('');
      await choose(page.locator('main'), 'Tag', 'pelayanan (3 soal)');
      await page.getByText('Menampilkan 1–3 dari 3 soal').waitFor(WAIT);
      expect(await rows.allInnerTexts()).toEqual([
        expect.stringContaining(SINGLE_PROMPT_EDITED),
        expect.stringContaining(MATCHING_PROMPT),
        expect.stringContaining(ORDERING_PROMPT),
      ]);
      await choose(page.locator('main'), 'Tag', 'Semua tag');
      await page.getByText(`Menampilkan 1–20 dari ${FULL_BANK} soal`).waitFor(WAIT);
    });

    it('refuses a CSV with a bad row as a whole, naming its line', async () => {
      const result = page.getByTestId('bank-import-result');
      await page.getByTestId('bank-import-input').setInputFiles({ name: 'bank-rusak.csv', mimeType: 'text/csv', buffer: Buffer.from(BROKEN_CSV) });
      await result.getByText('Tidak ada yang diimpor: 1 masalah').waitFor(WAIT);
      expect(await result.innerText()).toContain('Baris 3');
      expect(await bankSize()).toBe(FULL_BANK);
      expect(await questions().findByKeys(courseId, ['csv-1'])).toEqual([]);
    });

    it('exports the bank as JSON and as CSV: each download holds every question and imports back unchanged', async () => {
      const stored = await questions().findByCourse(courseId);
      const result = page.getByTestId('bank-import-result');

      const json = await download('Ekspor JSON');
      expect(json.name).toMatch(/^bank-soal-pelayanan-publik-prima-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(json.text) as { format: string; version: number; questions: Array<{ key: string; prompt: string }> };
      expect(exported).toMatchObject({ format: 'lentera-question-bank', version: 1 });
      expect(exported.questions).toHaveLength(FULL_BANK);
      const prompts = exported.questions.map((question) => question.prompt);
      for (const prompt of [SINGLE_PROMPT_EDITED, MATCHING_PROMPT, ORDERING_PROMPT, ESSAY_PROMPT, ...IMPORT_FILE.questions.map((question) => question.prompt)]) {
        expect(prompts).toContain(prompt);
      }
      expect(new Set(exported.questions.map((question) => question.key))).toEqual(new Set(stored.map((question) => question.key)));
      await page.getByTestId('bank-import-input').setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
      await result.getByText(`Dibuat 0, diperbarui 0, tidak berubah ${FULL_BANK}.`).waitFor(WAIT);

      const csv = await download('Ekspor CSV');
      expect(csv.name).toMatch(/\.csv$/);
      // One header row, then one row per question (the ordering prompt's line break is quoted).
      expect(csv.text.split('\r\n')[0].replace(/^\uFEFF/, '')).toBe('key,type,prompt,tags,points,feedback,options,correct,answer,tolerance,penalty,rubric,optionFeedback');
      for (const { key } of stored) expect(csv.text).toContain(key);
      await page.getByTestId('bank-import-input').setInputFiles({ name: csv.name, mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
      await result.getByText(`Hasil impor ${csv.name}`).waitFor(WAIT);
      expect(await result.innerText()).toContain(`Dibuat 0, diperbarui 0, tidak berubah ${FULL_BANK}.`);
      expect(await bankSize()).toBe(FULL_BANK);
    });
  });

  describe('the quiz settings of a lesson', () => {
    const settingsForm = () => page.getByRole('dialog', { name: 'Ubah pelajaran' }).getByTestId('quiz-settings-form');
    const draftQuiz = async () => {
      const draft = await db.get(LessonRepository).findContentByCourseVersions([{ courseId, version: DRAFT_VERSION }]);
      return draft.find((lesson) => lesson.id === quizLessonId)!.quiz;
    };

    async function openQuizLesson(): Promise<Locator> {
      await page.getByRole('button', { name: `Ubah pelajaran ${QUIZ_LESSON}` }).click();
      const form = settingsForm();
      await form.waitFor(WAIT);
      return form;
    }

    beforeAll(async () => {
      await page.goto(`${stack.baseUrl}/mengajar/kursus/${courseId}`);
      await page.getByRole('heading', { level: 1, name: 'Pelayanan Publik Prima' }).waitFor(WAIT);
    });

    it('draws per tag, with a time limit, attempts, a pass mark, a review policy and the pre-test role; kept after a reload', async () => {
      const form = await openQuizLesson();
      await form.getByText('Acak per tag', { exact: true }).click();
      await form.getByRole('button', { name: 'Tambah tag' }).click();
      await choose(form, 'Tag 1', 'pelayanan (3 soal)');
      await form.getByLabel('Jumlah soal 1', { exact: true }).fill('2');
      await form.getByText('Tag ini memiliki 3 soal').waitFor(WAIT);
      await form.getByRole('button', { name: 'Tambah tag' }).click();
      await choose(form, 'Tag 2', 'Regulasi (2 soal)');
      await form.getByLabel('Jumlah soal 2', { exact: true }).fill('1');
      await form.getByLabel(/^Batas waktu/).fill('20');
      await form.getByLabel(/^Jumlah percobaan/).fill('2');
      await form.getByLabel(/^Nilai lulus/).fill('75');
      await choose(form, 'Peserta melihat jawabannya', 'Setelah setiap percobaan');
      await choose(form, 'Peserta melihat kunci jawaban', 'Setelah lulus');
      await choose(form, /^Peran kuis/, 'Pre-test kursus');
      await form.getByText('Ada perubahan pengaturan kuis yang belum disimpan.').waitFor(WAIT);
      await form.getByTestId('quiz-settings-save').click();
      await form.getByText('Pengaturan kuis tersimpan.').waitFor(WAIT);

      expect(await draftQuiz()).toMatchObject({
        selection: 'random',
        questionIds: [],
        draws: [
          { tag: 'pelayanan', count: 2 },
          { tag: 'Regulasi', count: 1 },
        ],
        timeLimitMinutes: 20,
        maxAttempts: 2,
        passingPercent: 75,
        review: 'after_attempt',
        correctAnswers: 'after_passing',
        role: 'pre_test',
      });

      await page.reload();
      const reloaded = await openQuizLesson();
      // Once the bank's tag counts are in, each draw says how many its tag has.
      await reloaded.getByText('Tag ini memiliki 3 soal').waitFor(WAIT);
      expect(await reloaded.getByRole('combobox', { name: 'Tag 1', exact: true }).inputValue()).toBe('pelayanan (3 soal)');
      expect(await reloaded.getByLabel('Jumlah soal 1', { exact: true }).inputValue()).toBe('2');
      expect(await reloaded.getByRole('combobox', { name: 'Tag 2', exact: true }).inputValue()).toBe('Regulasi (2 soal)');
      expect(await reloaded.getByLabel(/^Batas waktu/).inputValue()).toBe('20');
      expect(await reloaded.getByLabel(/^Jumlah percobaan/).inputValue()).toBe('2');
      expect(await reloaded.getByLabel(/^Nilai lulus/).inputValue()).toBe('75');
      expect(await reloaded.getByRole('combobox', { name: 'Peserta melihat jawabannya', exact: true }).inputValue()).toBe('Setelah setiap percobaan');
      expect(await reloaded.getByRole('combobox', { name: 'Peserta melihat kunci jawaban', exact: true }).inputValue()).toBe('Setelah lulus');
      expect(await reloaded.getByRole('combobox', { name: /^Peran kuis/ }).inputValue()).toBe('Pre-test kursus');
      expect(await reloaded.getByText('Ada perubahan pengaturan kuis yang belum disimpan.').count()).toBe(0);
    });

    it('says what is wrong with a bad value and keeps what was saved', async () => {
      const form = settingsForm();
      const saved = await draftQuiz();

      await form.getByLabel(/^Nilai lulus/).fill('150');
      await form.getByTestId('quiz-settings-save').click();
      await form.getByText('Nilai lulus bilangan bulat 0 sampai 100.').waitFor(WAIT);
      await form.getByLabel(/^Nilai lulus/).fill('75');

      // More questions than the tag has: the draft may keep it, but publishing would not.
      await form.getByLabel('Jumlah soal 1', { exact: true }).fill('5');
      await form.getByText('Tag ini hanya memiliki 3 soal: kursus tidak dapat diterbitkan sebelum soalnya cukup.').waitFor(WAIT);
      await form.getByLabel('Jumlah soal 1', { exact: true }).fill('2');

      // The course already has a post-test: the server refuses a second one and names it.
      await choose(form, /^Peran kuis/, 'Post-test kursus');
      await form.getByTestId('quiz-settings-save').click();
      const error = form.getByTestId('quiz-settings-error');
      await error.waitFor(WAIT);
      expect(await error.innerText()).toContain(`Pelajaran "${FINAL_LESSON}" sudah menjadi post-test kursus ini.`);
      expect(await draftQuiz()).toEqual(saved);

      await page.getByRole('dialog', { name: 'Ubah pelajaran' }).getByRole('button', { name: 'Batal' }).click();
      await page.getByRole('button', { name: 'Buang perubahan' }).click();
      await page.getByRole('dialog', { name: 'Ubah pelajaran' }).waitFor({ state: 'hidden', timeout: 20_000 });
    });

    it('refuses bad settings sent to the API with the same kind of message, never a server error', async () => {
      const { token } = await signInThroughApi(stack.baseUrl, INSTRUCTOR);
      const course = (await db.get(CourseRepository).findById(courseId))!;
      const saved = await draftQuiz();
      const input = {
        selection: 'RANDOM',
        questionIds: [],
        draws: [{ tag: 'pelayanan', count: 2 }],
        shuffleQuestions: false,
        shuffleOptions: false,
        layout: 'ONE_PER_PAGE',
        timeLimitMinutes: 20,
        maxAttempts: 2,
        passingPercent: 150,
        opensAt: null,
        closesAt: null,
        scoring: 'HIGHEST',
        review: 'AFTER_ATTEMPT',
        correctAnswers: 'AFTER_PASSING',
        role: 'PRE_TEST',
      };
      const refused = await graphqlErrors(token, UPDATE_SETTINGS, { c: courseId, r: course.revision, l: quizLessonId, input });
      expect(refused).toEqual([
        expect.objectContaining({
          message: 'Nilai kelulusan harus bilangan bulat 0 sampai 100 persen.',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'passingPercent' }),
        }),
      ]);
      const noDraw = await graphqlErrors(token, UPDATE_SETTINGS, { c: courseId, r: course.revision, l: quizLessonId, input: { ...input, passingPercent: 70, draws: [] } });
      expect(noDraw[0]).toMatchObject({ message: 'Pengambilan acak memerlukan 1 sampai 20 topik.', extensions: { code: 'BAD_USER_INPUT' } });
      expect(await draftQuiz()).toEqual(saved);
    });

    it('takes fixed questions picked from the bank, in the order set; kept after a reload', async () => {
      const form = await openQuizLesson();
      await form.getByText('Soal tertentu', { exact: true }).click();
      await form.getByText('Belum ada soal yang dipilih.').waitFor(WAIT);
      const pickable = (prompt: string) => form.getByRole('listitem').filter({ hasText: prompt }).getByRole('button', { name: 'Tambahkan' });
      await pickable(MATCHING_PROMPT).click();
      // Beyond the first page of the bank: found by searching.
      await form.getByLabel('Cari di bank soal').fill(`nomor ${ETIKA_COUNT}`);
      await pickable(etikaPrompt(ETIKA_COUNT)).click();
      await form.getByLabel('Cari di bank soal').fill('pengaduan');
      await pickable(ORDERING_PROMPT).click();
      await form.getByText('3 soal dipilih · 3 poin').waitFor(WAIT);
      await form.getByRole('button', { name: 'Naikkan soal 3' }).click();
      const chosen = [MATCHING_PROMPT, ORDERING_PROMPT, etikaPrompt(ETIKA_COUNT)];
      const selected = form.getByTestId('quiz-selected-question');
      expect(await selected.allInnerTexts()).toEqual(chosen.map((prompt) => expect.stringContaining(prompt)));
      await form.getByTestId('quiz-settings-save').click();
      await form.getByText('Pengaturan kuis tersimpan.').waitFor(WAIT);

      const bank = await questions().findByCourse(courseId);
      const idOf = (prompt: string) => bank.find((question) => question.prompt === prompt)!.id;
      expect(await draftQuiz()).toMatchObject({ selection: 'fixed', draws: [], questionIds: chosen.map(idOf), role: 'pre_test' });

      await page.reload();
      const reloaded = await openQuizLesson();
      const reloadedSelected = reloaded.getByTestId('quiz-selected-question');
      for (const [index, prompt] of chosen.entries()) await reloadedSelected.nth(index).getByText(prompt).waitFor(WAIT);
      expect(await reloadedSelected.count()).toBe(3);
      await page.getByRole('dialog', { name: 'Ubah pelajaran' }).getByRole('button', { name: 'Batal' }).click();
      await page.getByRole('dialog', { name: 'Ubah pelajaran' }).waitFor({ state: 'hidden', timeout: 20_000 });
    });
  });

  describe('results, essay grading and learning gain of the demo course', () => {
    let demoCourseId: string;
    let tests: { pre: LessonContentRecord; post: LessonContentRecord; essay: LessonContentRecord };
    const byLearner = new Map<string, { userId: string; pre: QuizAttemptRecord; post: QuizAttemptRecord; essay: QuizAttemptRecord }>();

    /** Starts, answers (the first `right` questions with their key, the rest left blank) and submits one attempt. */
    async function takeQuiz(token: string, lessonId: string, right: number): Promise<QuizAttemptRecord> {
      const call = <T>(query: string, variables: Record<string, unknown>) => graphqlAs<T>(stack.baseUrl, token, query, variables);
      const { startQuizAttempt } = await call<{ startQuizAttempt: { id: string } }>(START, { c: demoCourseId, l: lessonId });
      const fixed: AttemptQuestionValue[] = (await attempts().findById(startQuizAttempt.id))!.questions;
      const answers = fixed.slice(0, right).map((question) => ({ questionId: question.questionId, ...correctAnswerOf(question) }));
      if (answers.length > 0) await call(SAVE, { a: startQuizAttempt.id, answers });
      await call(SUBMIT, { a: startQuizAttempt.id });
      return (await attempts().findById(startQuizAttempt.id))!;
    }

    const graded = (attemptId: string, status: QuizAttemptRecord['status']) =>
      eventually(
        () => attempts().findById(attemptId),
        (attempt) => attempt?.status === status,
        `attempt ${attemptId} to be ${status}`,
        30_000,
      ) as Promise<QuizAttemptRecord>;

    beforeAll(async () => {
      const course = await db.get(CourseRepository).findByAgencyAndTitle(agencyId, DEMO_COURSE);
      demoCourseId = course!.id;
      const lessons = await db.get(LessonRepository).findContentByCourseVersions([{ courseId: demoCourseId, version: course!.publishedVersion }]);
      const quizzes = lessons.filter((lesson) => lesson.kind === 'quiz');
      tests = {
        pre: quizzes.find((lesson) => lesson.quiz?.role === 'pre_test')!,
        post: quizzes.find((lesson) => lesson.quiz?.role === 'post_test')!,
        essay: quizzes.find((lesson) => lesson.title.startsWith('Refleksi'))!,
      };
      for (const { email } of LEARNERS) {
        const { token } = await signInThroughApi(stack.baseUrl, email);
        await graphqlAs(stack.baseUrl, token, ENROL, { c: demoCourseId });
        const pre = await takeQuiz(token, tests.pre.id, RIGHT_ANSWERS[email].pre);
        const post = await takeQuiz(token, tests.post.id, RIGHT_ANSWERS[email].post);
        const essay = await takeQuiz(token, tests.essay.id, 1);
        byLearner.set(email, { userId: pre.userId, pre, post, essay });
      }
      for (const [email, taken] of byLearner) {
        byLearner.set(email, {
          ...taken,
          pre: await graded(taken.pre.id, 'graded'),
          post: await graded(taken.post.id, 'graded'),
          essay: await graded(taken.essay.id, 'awaiting_grading'),
        });
      }
    });

    it('lists the course quizzes and each quiz’s attempts with their scores', async () => {
      await page.goto(`${stack.baseUrl}/mengajar/kursus/${demoCourseId}`);
      await page.getByTestId('course-quizzes-link').click();
      await page.waitForURL(`${stack.baseUrl}/mengajar/kursus/${demoCourseId}/kuis`, WAIT);
      const rows = page.getByTestId('course-quiz-row');
      await rows.first().waitFor(WAIT);
      expect(await rows.allInnerTexts()).toEqual([
        expect.stringContaining(tests.pre.title),
        expect.stringContaining(tests.post.title),
        expect.stringContaining(tests.essay.title),
      ]);

      await rows.filter({ hasText: tests.pre.title }).getByRole('link', { name: 'Lihat hasil' }).click();
      await page.waitForURL(`${stack.baseUrl}/mengajar/kursus/${demoCourseId}/kuis/${tests.pre.id}/hasil`, WAIT);
      const results = page.getByTestId('quiz-result-row');
      await results.nth(1).waitFor(WAIT);
      expect(await results.count()).toBe(2);
      for (const { email, name } of LEARNERS) {
        const { pre } = byLearner.get(email)!;
        const row = results.filter({ hasText: name });
        expect(await row.innerText()).toContain(`${idNumber(pre.percent!, 2)}% (${idNumber(pre.scorePoints!, 2)}/${idNumber(pre.maxPoints, 2)})`);
        // The status badge (its text is upper-cased by CSS only).
        expect(await row.textContent()).toContain('Dinilai');
      }
    });

    it('opens a graded attempt: every question with its outcome', async () => {
      const { pre } = byLearner.get(LEARNERS[0].email)!;
      await page.getByTestId('quiz-result-row').filter({ hasText: LEARNERS[0].name }).getByRole('link', { name: 'Detail' }).click();
      await page.waitForURL(`${stack.baseUrl}/mengajar/kursus/${demoCourseId}/percobaan/${pre.id}`, WAIT);
      const cards = page.getByTestId('graded-question');
      await cards.first().waitFor(WAIT);
      expect(await cards.count()).toBe(pre.questions.length);
      // Answered right: the first four of the attempt; the others were left blank.
      expect(await cards.filter({ hasText: 'Tidak dijawab.' }).count()).toBe(pre.questions.length - RIGHT_ANSWERS[LEARNERS[0].email].pre);
      expect(await cards.first().innerText()).toContain(pre.questions[0].prompt);
      expect(await page.getByTestId('late-answer').count()).toBe(0);
    });

    it('shows the reflections waiting for a grade in the essay quiz’s results, by status', async () => {
      await page.getByRole('link', { name: 'Kembali ke hasil kuis' }).click();
      await page.getByRole('link', { name: 'Kembali ke kuis kursus' }).click();
      await page.getByTestId('course-quiz-row').filter({ hasText: tests.essay.title }).getByRole('link', { name: 'Lihat hasil' }).click();
      await page.waitForURL(`${stack.baseUrl}/mengajar/kursus/${demoCourseId}/kuis/${tests.essay.id}/hasil`, WAIT);
      const summary = page.getByTestId('quiz-results-summary');
      await summary.waitFor(WAIT);
      const tile = (label: string) => summary.locator('div', { has: page.getByText(label, { exact: true }) }).last();
      expect(await tile('Menunggu penilaian').innerText()).toContain('2');
      expect(await tile('Rata-rata nilai').innerText()).toContain('–');
      const results = page.getByTestId('quiz-result-row');
      await results.nth(1).waitFor(WAIT);
      expect(await results.allTextContents()).toEqual([expect.stringContaining('Menunggu penilaian esai'), expect.stringContaining('Menunggu penilaian esai')]);
      await choose(page.locator('main'), 'Status', 'Dinilai');
      await page.getByText('Belum ada percobaan.').waitFor(WAIT);
      await choose(page.locator('main'), 'Status', 'Menunggu penilaian esai');
      await results.nth(1).waitFor(WAIT);
    });

    it('grades both reflections against the rubric in the queue; each leaves it and its attempt is graded', async () => {
      await page.getByRole('link', { name: 'Penilaian esai' }).click();
      await page.waitForURL(`${stack.baseUrl}/mengajar/kursus/${demoCourseId}/penilaian-esai`, WAIT);
      await page.getByText('2 percobaan menunggu penilaian').waitFor(WAIT);
      const criteria = [/^Kebutuhan kompetensi diidentifikasi/, /^Bentuk pengembangan yang dipilih/, /^Rencana evaluasi hasil/];

      for (const [round, learner] of LEARNERS.entries()) {
        const queued = page.getByTestId('essay-queue-attempt');
        await queued.getByRole('heading', { name: new RegExp(`^${learner.name.replace(/[.,]/g, '\\$&')}`) }).waitFor(WAIT);
        const form = queued.getByTestId('essay-grade-form');
        if (round === 0) {
          // Above a criterion's maximum: said on the field, nothing sent.
          await form.getByLabel(criteria[0]).fill('5');
          await form.getByTestId('essay-grade-save').click();
          await form.getByText('Di luar rentang poin.').waitFor(WAIT);
          expect((await attempts().findById(byLearner.get(learner.email)!.essay.id))?.status).toBe('awaiting_grading');
        }
        const points = ESSAY_GRADES[learner.name];
        for (const [index, label] of criteria.entries()) await form.getByLabel(label).fill(String(points[index]));
        const total = points.reduce((sum, value) => sum + value, 0);
        await form.getByText(`Total: ${total} dari 10 poin`).waitFor(WAIT);
        await form.getByLabel('Komentar untuk peserta').fill('Terima kasih, rencana Anda sudah dinilai.');
        await form.getByTestId('essay-grade-save').click();
        await page.getByText(`${LEARNERS.length - round - 1} percobaan menunggu penilaian`).waitFor(WAIT);

        const stored = await attempts().findById(byLearner.get(learner.email)!.essay.id);
        expect(stored).toMatchObject({ status: 'graded', scorePoints: total, maxPoints: 10, percent: total * 10, passed: total * 10 >= 60 });
      }
      await page.getByText('Tidak ada esai yang menunggu penilaian.').waitFor(WAIT);
      expect(await page.getByTestId('essay-queue-attempt').count()).toBe(0);
    });

    it('corrects a grade on the attempt’s page: the score follows', async () => {
      const learner = LEARNERS[1];
      const { essay } = byLearner.get(learner.email)!;
      await page.goto(`${stack.baseUrl}/mengajar/kursus/${demoCourseId}/kuis/${tests.essay.id}/hasil`);
      await page.getByTestId('quiz-result-row').filter({ hasText: learner.name }).getByRole('link', { name: 'Detail' }).click();
      await page.waitForURL(`${stack.baseUrl}/mengajar/kursus/${demoCourseId}/percobaan/${essay.id}`, WAIT);
      const card = page.getByTestId('graded-question');
      await card.waitFor(WAIT);
      expect(await card.innerText()).toContain(correctAnswerOf(essay.questions[0]).text!);
      const form = card.getByTestId('essay-grade-form');
      // The form starts from the stored grade.
      expect(await form.getByLabel(/^Kebutuhan kompetensi diidentifikasi/).inputValue()).toBe(String(ESSAY_GRADES[learner.name][0]));
      await form.getByLabel(/^Bentuk pengembangan yang dipilih/).fill('4');
      await form.getByTestId('essay-grade-save').click();
      await page.getByRole('status').filter({ hasText: 'Nilai tersimpan.' }).waitFor(WAIT);
      await card.getByText('6 / 10 poin').waitFor(WAIT);
      expect(await attempts().findById(essay.id)).toMatchObject({ status: 'graded', scorePoints: 6, percent: 60, passed: true });
    });

    it('shows the learning gain the learners’ scores give: averages, a chart and each learner', async () => {
      const scores = LEARNERS.map(({ email }) => {
        const { pre, post } = byLearner.get(email)!;
        return { pre: pre.percent!, post: post.percent! };
      });
      const averagePre = round2(mean(scores.map(({ pre }) => pre)));
      const averagePost = round2(mean(scores.map(({ post }) => post)));
      const averageGain = round2(mean(scores.map(({ pre, post }) => post - pre)));
      expect(averageGain).toBeGreaterThan(0);

      await page.getByRole('link', { name: 'Kembali ke kuis kursus' }).click();
      await page.getByRole('link', { name: 'Peningkatan belajar' }).click();
      await page.waitForURL(`${stack.baseUrl}/mengajar/kursus/${demoCourseId}/peningkatan-belajar`, WAIT);
      const summary = page.getByTestId('gain-summary');
      await summary.waitFor(WAIT);
      const tile = (label: string) => summary.locator('div', { has: page.getByText(label, { exact: true }) }).last();
      expect(await tile('Rata-rata pre-test').innerText()).toContain(`${idNumber(averagePre, 1)}%`);
      expect(await tile('Rata-rata post-test').innerText()).toContain(`${idNumber(averagePost, 1)}%`);
      expect(await tile('Peningkatan rata-rata').innerText()).toContain(`+${idNumber(averageGain, 1)} poin persentase`);
      expect(await tile('Peserta dengan kedua nilai').innerText()).toContain('2');
      expect(await summary.innerText()).toContain('Pre-test: 2 peserta · post-test: 2 peserta');

      await page.getByTestId('gain-chart').locator('svg.recharts-surface').first().waitFor(WAIT);
      const learnerRows = page.getByTestId('gain-learner-row');
      await learnerRows.nth(1).waitFor(WAIT);
      expect(await learnerRows.count()).toBe(2);
      for (const [index, { name }] of LEARNERS.entries()) {
        const text = await learnerRows.filter({ hasText: name }).innerText();
        expect(text).toContain(`${idNumber(scores[index].pre, 1)}%`);
        expect(text).toContain(`${idNumber(scores[index].post, 1)}%`);
        expect(text).toContain('Mendaftar sendiri');
      }
    });
  });

  it('keeps the API and the worker free of logged errors', () => {
    expect(stack.api.output()).not.toMatch(/"level":(50|60)/);
    expect(stack.worker.output()).not.toMatch(/"level":(50|60)/);
  });
});
