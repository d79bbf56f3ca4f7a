import type { AnswerValue, AttemptQuestionValue, QuestionContent, QuestionType } from '@lentera/db';

/** A question for a test: its type and whatever differs from the sample of that type. */
export type QuestionSpec = { type: QuestionType } & Partial<Omit<QuestionContent, 'type'>>;

/**
 * Strings that appear only in answer keys, feedback and rubrics of the samples: a learner's
 * response containing one of them has leaked a key.
 */
export const KEY_MARKERS = {
  accepted: 'kunci-isian-7731',
  numeric: 48213.25,
  tolerance: 0.75,
  feedback: 'UMPAN-BALIK-RAHASIA',
  optionFeedback: 'UMPAN-PILIHAN-RAHASIA',
  rubric: 'RUBRIK-RAHASIA',
} as const;

const samples: Record<QuestionType, Omit<QuestionContent, 'type'>> = {
  single_choice: content({
    prompt: 'Berapa JP pengembangan kompetensi minimal bagi PNS per tahun?',
    options: [option('s1', '10 JP', false), option('s2', '20 JP', true), option('s3', '24 JP', false), option('s4', '40 JP', false)],
  }),
  multiple_choice: content({
    prompt: 'Mana saja yang termasuk bentuk pengembangan kompetensi nonklasikal?',
    options: [option('m1', 'E-learning', true), option('m2', 'Coaching', true), option('m3', 'Seminar', false), option('m4', 'Magang', true)],
  }),
  true_false: content({ prompt: 'Satu JP lazimnya setara 45 menit.', trueFalseAnswer: true }),
  short_answer: content({ prompt: 'Tuliskan kata kunci yang diberikan pengajar.', acceptedAnswers: [KEY_MARKERS.accepted, 'Kunci Cadangan'] }),
  numeric: content({ prompt: 'Berapa nilai konstanta uji?', numericAnswer: KEY_MARKERS.numeric, numericTolerance: KEY_MARKERS.tolerance }),
  matching: content({
    prompt: 'Pasangkan jenis kompetensi dengan contohnya.',
    pairs: [
      { pairId: 'p1', prompt: 'Teknis', answer: 'Menyusun anggaran' },
      { pairId: 'p2', prompt: 'Manajerial', answer: 'Memimpin rapat' },
      { pairId: 'p3', prompt: 'Sosial kultural', answer: 'Menghargai keberagaman' },
    ],
  }),
  ordering: content({
    prompt: 'Urutkan tahapan pengembangan kompetensi.',
    orderItems: [
      { itemId: 'o1', text: 'Analisis kebutuhan' },
      { itemId: 'o2', text: 'Perencanaan' },
      { itemId: 'o3', text: 'Pelaksanaan' },
      { itemId: 'o4', text: 'Evaluasi' },
    ],
  }),
  essay: content({
    prompt: 'Jelaskan satu rencana pengembangan kompetensi di unit kerja Anda.',
    points: 4,
    rubric: [
      { criterionId: 'r1', title: `Relevansi (${KEY_MARKERS.rubric})`, points: 2 },
      { criterionId: 'r2', title: 'Kejelasan', points: 2 },
    ],
  }),
};

/** The sample of `spec.type` with the spec's fields over it. */
export function questionContent(spec: QuestionSpec): QuestionContent {
  return { ...samples[spec.type], ...spec };
}

/** One sample question of every type. */
export function oneOfEachType(): QuestionSpec[] {
  return (Object.keys(samples) as QuestionType[]).map((type) => ({ type }));
}

/** The full-marks answer to a question as an attempt fixed it (essays: a non-blank text). */
export function correctAnswerOf(question: AttemptQuestionValue): AnswerValue {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { optionIds: (question.options ?? []).filter((option) => option.correct).map((option) => option.optionId) };
    case 'true_false':
      return { booleanValue: question.trueFalseAnswer };
    case 'short_answer':
      return { text: question.acceptedAnswers?.[0] ?? '' };
    case 'numeric':
      return { number: question.numericAnswer };
    case 'matching':
      return { matches: (question.matchPrompts ?? []).map(({ promptId, choiceId }) => ({ promptId, choiceId })) };
    case 'ordering':
      return { order: [...(question.correctOrder ?? [])] };
    case 'essay':
      return { text: 'Rencana saya: mengikuti e-learning 20 JP dan coaching bersama atasan.' };
  }
}

function content(fields: Partial<Omit<QuestionContent, 'type'>> & { prompt: string }): Omit<QuestionContent, 'type'> {
  return {
    tags: ['uji'],
    points: 2,
    feedback: `Pembahasan: ${KEY_MARKERS.feedback}`,
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
  };
}

function option(optionId: string, text: string, correct: boolean) {
  return { optionId, text, correct, feedback: `${KEY_MARKERS.optionFeedback} ${optionId}` };
}
