import { DEFAULT_QUIZ_SETTINGS, type QuestionContent, type QuestionOptionValue, type QuizSettingsRecord } from '@lentera/db';

/**
 * The demo course's question bank and quizzes, written from the seed articles (and, for the
 * JP questions, the rule every agency applies: a PNS has the right to at least 20 JP of
 * competency development a year, one JP being 45 minutes). Keys are stable, so a seed that runs
 * again finds its questions instead of adding copies. Option, pair and item ids are left blank
 * here: the seeder gives them random ones (withContentIds), so an id says nothing about the key.
 */
export interface DemoQuestion {
  key: string;
  content: QuestionContent;
}

/** Named by the demo-course.json lessons' `quiz` field. */
export type DemoQuizKey = 'pre-test' | 'post-test' | 'refleksi';

export interface DemoQuiz {
  questionKeys: string[];
  settings: Omit<QuizSettingsRecord, 'questionIds'>;
}

const option = (text: string, correct: boolean, feedback?: string): QuestionOptionValue => ({ optionId: '', text, correct, ...(feedback && { feedback }) });
const pair = (prompt: string, answer: string) => ({ pairId: '', prompt, answer });
const item = (text: string) => ({ itemId: '', text });

function question(key: string, fields: Partial<QuestionContent> & Pick<QuestionContent, 'type' | 'prompt' | 'tags'>): DemoQuestion {
  return {
    key,
    content: {
      points: 1,
      feedback: null,
      options: [],
      wrongPickPenalty: null,
      trueFalseAnswer: null,
      acceptedAnswers: [],
      numericAnswer: null,
      numericTolerance: null,
      pairs: [],
      orderItems: [],
      rubric: [],
      ...fields,
    },
  };
}

/** Auto-graded: the pre-test and the post-test ask the same twelve, so their scores compare (learning gain). */
export const demoTestQuestions: DemoQuestion[] = [
  question('demo-mentoring', {
    type: 'single_choice',
    tags: ['strategi'],
    prompt: 'Metode pengembangan kompetensi di mana ASN senior membimbing ASN junior dalam menjalankan tugasnya disebut …',
    options: [
      option('Mentoring', true, 'Tepat: ASN senior membagikan pengalaman dan pengetahuannya kepada ASN junior.'),
      option('Magang', false),
      option('Seminar', false),
      option('Rotasi jabatan', false),
    ],
    feedback: 'Materi Mulyorejo dan Batanghari: melalui mentoring, ASN senior membimbing ASN junior sehingga pembelajaran lebih cepat dan budaya saling mendukung tumbuh.',
  }),
  question('demo-bentuk-pengembangan', {
    type: 'multiple_choice',
    tags: ['strategi'],
    points: 2,
    prompt: 'Manakah yang disebut dalam materi sebagai bentuk pengembangan kompetensi ASN? Pilih semua yang benar.',
    options: [
      option('Seminar dan workshop', true),
      option('Pelatihan melalui platform e-learning', true),
      option('Mentoring dan coaching', true),
      option('Cuti di luar tanggungan negara', false, 'Cuti bukan bentuk pengembangan kompetensi.'),
      option('Mutasi sebagai hukuman disiplin', false, 'Hukuman disiplin bukan bentuk pengembangan kompetensi.'),
    ],
    feedback: 'Seminar, workshop, e-learning, mentoring, dan coaching disebut sebagai strategi pengembangan kompetensi; cuti dan hukuman disiplin tidak.',
  }),
  question('demo-daring-pandemi', {
    type: 'true_false',
    tags: ['teknologi'],
    prompt: 'Selama pandemi, banyak pelatihan ASN tetap berjalan secara daring sehingga ASN dapat terus belajar meskipun dalam keterbatasan fisik.',
    trueFalseAnswer: true,
    feedback: 'Benar. Platform e-learning memungkinkan pelatihan tetap berjalan selama pandemi.',
  }),
  question('demo-tantangan-anggaran', {
    type: 'true_false',
    tags: ['tantangan'],
    prompt: 'Menurut pengalaman Bukittinggi dan Batanghari, anggaran pelatihan yang berlebih adalah tantangan utama pengembangan kompetensi ASN.',
    trueFalseAnswer: false,
    feedback: 'Salah. Tantangannya justru kurangnya atau keterbatasan anggaran, selain ASN yang enggan mengikuti pelatihan.',
  }),
  question('demo-puskesmas', {
    type: 'short_answer',
    tags: ['praktik daerah'],
    prompt: 'Di Bukittinggi, pelatihan komunikasi efektif dan manajemen pasien diberikan kepada petugas pelayanan publik di fasilitas kesehatan apa? Tulis satu kata.',
    acceptedAnswers: ['puskesmas', 'pusat kesehatan masyarakat'],
    feedback: 'Puskesmas: setelah pelatihan, kepuasan masyarakat terhadap layanan kesehatan meningkat.',
  }),
  question('demo-smart-city', {
    type: 'short_answer',
    tags: ['teknologi'],
    prompt: 'Program di beberapa kota besar yang menuntut ASN memahami teknologi dan manajemen data, contoh sukses pengembangan kompetensi dalam materi, disebut program …',
    acceptedAnswers: ['Smart City', 'kota cerdas'],
    feedback: 'Smart City: melalui pelatihan intensif dan kolaborasi dengan ahli teknologi, ASN merancang layanan publik yang lebih efisien.',
  }),
  question('demo-jp-per-tahun', {
    type: 'numeric',
    tags: ['jam pelajaran'],
    prompt: 'Setiap PNS berhak atas pengembangan kompetensi paling sedikit berapa JP (jam pelajaran) dalam satu tahun?',
    numericAnswer: 20,
    numericTolerance: 0,
    feedback: 'Paling sedikit 20 JP per tahun.',
  }),
  question('demo-menit-kursus', {
    type: 'numeric',
    tags: ['jam pelajaran'],
    prompt: 'Kursus ini bernilai 2 JP. Jika 1 JP setara 45 menit, berapa menit waktu belajar kursus ini?',
    numericAnswer: 90,
    numericTolerance: 0,
    feedback: '2 JP × 45 menit = 90 menit.',
  }),
  question('demo-bencana', {
    type: 'single_choice',
    tags: ['praktik daerah'],
    prompt: 'Pelatihan berbasis kebutuhan lokal apa yang dicontohkan bagi ASN Bukittinggi yang bertugas di daerah rawan bencana alam?',
    options: [option('Manajemen bencana', true), option('Manajemen proyek', false), option('Komunikasi publik', false), option('Kesehatan masyarakat', false)],
    feedback: 'Pelatihan manajemen bencana relevan bagi ASN di daerah rawan bencana alam.',
  }),
  question('demo-hasil-evaluasi', {
    type: 'multiple_choice',
    tags: ['evaluasi'],
    points: 2,
    prompt: 'Untuk apa Pemerintah Kota Pontianak menggunakan hasil evaluasi berkala kompetensi ASN? Pilih semua yang benar.',
    options: [
      option('Mengukur keberhasilan program pelatihan', true),
      option('Menjadi dasar merancang program pelatihan selanjutnya', true),
      option('Menyesuaikan metode pelatihan bagi bidang yang tidak meningkat', true),
      option('Menentukan besaran tunjangan hari raya', false),
    ],
    feedback: 'Hasil evaluasi mengukur keberhasilan program, menjadi dasar program berikutnya, dan menunjukkan bidang yang metodenya perlu disesuaikan.',
  }),
  question('demo-praktik-daerah', {
    type: 'matching',
    tags: ['praktik daerah'],
    points: 2,
    prompt: 'Pasangkan setiap daerah dengan praktik pengembangan kompetensi yang diceritakan dalam materi.',
    pairs: [
      pair('Mulyorejo', 'Kerja sama dengan universitas dan lembaga pelatihan profesional'),
      pair('Bukittinggi', 'Aplikasi mobile untuk mengikuti kursus secara fleksibel'),
      pair('Kabupaten Batanghari', 'Aplikasi manajemen kinerja dengan umpan balik real-time dari atasan'),
      pair('Kota Pontianak', 'Pelatihan manajemen proyek oleh BKPSDM'),
    ],
    feedback: 'Setiap daerah menonjolkan cara berbeda: kolaborasi (Mulyorejo), aplikasi mobile (Bukittinggi), manajemen kinerja (Batanghari), dan manajemen proyek (Pontianak).',
  }),
  question('demo-siklus-evaluasi', {
    type: 'ordering',
    tags: ['evaluasi'],
    points: 2,
    prompt: 'Urutkan siklus pengembangan kompetensi berbasis evaluasi, dari langkah pertama sampai terakhir.',
    orderItems: [
      item('Menilai kompetensi ASN untuk menemukan area yang perlu ditingkatkan'),
      item('Menyelenggarakan pelatihan yang sesuai dengan kebutuhan itu'),
      item('Mengevaluasi peningkatan kompetensi setelah pelatihan'),
      item('Melanjutkan atau menyesuaikan program pelatihan berikutnya'),
    ],
    feedback: 'Penilaian menemukan kebutuhan, pelatihan menjawabnya, evaluasi mengukur hasilnya, dan hasil itu menentukan program berikutnya.',
  }),
];

/** Graded by the demo instructor against the rubric (the essay grading queue has something to show). */
export const demoReflectionQuestion: DemoQuestion = question('demo-refleksi-rencana', {
  type: 'essay',
  tags: ['refleksi'],
  points: 10,
  prompt:
    'Refleksikan satu kebutuhan pengembangan kompetensi di unit kerja Anda. Bentuk pengembangan apa (pelatihan, e-learning, mentoring atau coaching, kolaborasi) yang paling sesuai, dan bagaimana Anda akan mengevaluasi hasilnya?',
  rubric: [
    { criterionId: '', title: 'Kebutuhan kompetensi diidentifikasi dengan jelas', points: 3 },
    { criterionId: '', title: 'Bentuk pengembangan yang dipilih sesuai dan beralasan', points: 4 },
    { criterionId: '', title: 'Rencana evaluasi hasil yang dapat diukur', points: 3 },
  ],
});

export const demoQuestions: DemoQuestion[] = [...demoTestQuestions, demoReflectionQuestion];

const testKeys = demoTestQuestions.map((entry) => entry.key);

export const demoQuizzes: Record<DemoQuizKey, DemoQuiz> = {
  // What learners know before the course: taken once, always "passed", nothing revealed, so the
  // same questions in the post-test still measure what was learned.
  'pre-test': {
    questionKeys: testKeys,
    settings: {
      ...DEFAULT_QUIZ_SETTINGS,
      shuffleQuestions: true,
      timeLimitMinutes: 15,
      maxAttempts: 1,
      passingPercent: 0,
      review: 'never',
      correctAnswers: 'never',
      role: 'pre_test',
    },
  },
  'post-test': {
    questionKeys: testKeys,
    settings: {
      ...DEFAULT_QUIZ_SETTINGS,
      shuffleQuestions: true,
      timeLimitMinutes: 15,
      maxAttempts: 3,
      passingPercent: 70,
      scoring: 'highest',
      review: 'after_attempt',
      correctAnswers: 'after_passing',
      role: 'post_test',
    },
  },
  refleksi: {
    questionKeys: [demoReflectionQuestion.key],
    settings: {
      ...DEFAULT_QUIZ_SETTINGS,
      layout: 'all_on_page',
      maxAttempts: 1,
      passingPercent: 60,
      review: 'after_attempt',
      correctAnswers: 'never',
      role: 'none',
    },
  },
};
