import { DEFAULT_QUIZ_SETTINGS, type QuestionRecord, type QuizSettingsRecord } from '@lentera/db';
import { DomainError } from '@lentera/errors';
import { buildAttemptQuestions } from './build-attempt-questions';
import { questionShortfalls } from './question-draw';

function bankQuestion(id: string, overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    id,
    courseId: 'course',
    agencyId: 'agency',
    key: id,
    type: 'true_false',
    prompt: `Soal ${id}`,
    tags: [],
    points: 1,
    feedback: null,
    options: [],
    wrongPickPenalty: null,
    trueFalseAnswer: true,
    acceptedAnswers: [],
    numericAnswer: null,
    numericTolerance: null,
    pairs: [],
    orderItems: [],
    rubric: [],
    revision: 1,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  };
}

/** A seeded source (mulberry32), so every run draws the same. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fixed = (questionIds: string[], overrides: Partial<QuizSettingsRecord> = {}): QuizSettingsRecord => ({
  ...DEFAULT_QUIZ_SETTINGS,
  selection: 'fixed',
  questionIds,
  shuffleQuestions: false,
  shuffleOptions: false,
  ...overrides,
});
const random = (draws: QuizSettingsRecord['draws'], overrides: Partial<QuizSettingsRecord> = {}): QuizSettingsRecord => ({
  ...DEFAULT_QUIZ_SETTINGS,
  selection: 'random',
  draws,
  shuffleQuestions: false,
  ...overrides,
});

describe('buildAttemptQuestions: which questions', () => {
  const bank = ['q1', 'q2', 'q3', 'q4'].map((id) => bankQuestion(id));

  it('fixed: the settings’ order, skipping ids no longer in the bank and repeats', () => {
    const built = buildAttemptQuestions(fixed(['q3', 'gone', 'q1', 'q3']), bank, seeded(1));
    expect(built.map(({ questionId }) => questionId)).toEqual(['q3', 'q1']);
  });

  it('fixed and shuffled: the same questions in another order', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => buildAttemptQuestions(fixed(['q1', 'q2', 'q3', 'q4'], { shuffleQuestions: true }), bank, seeded(seed)).map(({ questionId }) => questionId).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
    for (const order of orders) expect(order.split(',').sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('random: count questions per tag, tags compared without case or accents, never one twice', () => {
    const tagged = [
      bankQuestion('a1', { tags: ['Ekonomi'] }),
      bankQuestion('a2', { tags: ['ekonomi', 'Hukum'] }),
      bankQuestion('a3', { tags: ['EKONOMÍ'] }),
      bankQuestion('b1', { tags: ['hukum'] }),
      bankQuestion('c1', { tags: ['lain'] }),
    ];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const built = buildAttemptQuestions(random([{ tag: 'ekonomi', count: 2 }, { tag: 'Hukum', count: 2 }]), tagged, seeded(seed));
      const ids = built.map(({ questionId }) => questionId);
      // "Hukum" needs a2 (only a2 and b1 carry it), so "ekonomi" gets the other two.
      expect(ids.slice(0, 2).sort()).toEqual(['a1', 'a3']);
      expect(ids.slice(2).sort()).toEqual(['a2', 'b1']);
    }
  });

  it('random: a question with two draws’ tags goes where it is needed', () => {
    const overlapping = [bankQuestion('both', { tags: ['a', 'b'] }), bankQuestion('onlyA', { tags: ['a'] })];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const built = buildAttemptQuestions(random([{ tag: 'a', count: 1 }, { tag: 'b', count: 1 }]), overlapping, seeded(seed));
      expect(built.map(({ questionId }) => questionId)).toEqual(['onlyA', 'both']);
    }
    expect(questionShortfalls(random([{ tag: 'a', count: 1 }, { tag: 'b', count: 1 }]), overlapping)).toEqual([]);
  });

  it('random: takes what exists when a draw asks too much, and reports it', () => {
    const few = [bankQuestion('x1', { tags: ['x'] }), bankQuestion('y1', { tags: ['y'] })];
    const settings = random([{ tag: 'x', count: 3 }, { tag: 'y', count: 1 }, { tag: 'z', count: 2 }]);
    expect(buildAttemptQuestions(settings, few, seeded(3)).map(({ questionId }) => questionId)).toEqual(['x1', 'y1']);
    expect(questionShortfalls(settings, few)).toEqual([
      { tag: 'x', wanted: 3, available: 1 },
      { tag: 'z', wanted: 2, available: 0 },
    ]);
  });

  it('reports missing fixed questions with a null tag', () => {
    expect(questionShortfalls(fixed(['q1', 'gone', 'q1']), bank)).toEqual([{ tag: null, wanted: 2, available: 1 }]);
    expect(questionShortfalls(fixed(['q1', 'q2']), bank)).toEqual([]);
  });

  it('refuses to start a quiz without questions', () => {
    const error = (() => {
      try {
        buildAttemptQuestions(fixed(['gone']), bank);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    expect(() => buildAttemptQuestions(random([{ tag: 'none', count: 2 }]), bank)).toThrow(DomainError);
  });
});

describe('buildAttemptQuestions: what each question carries', () => {
  const options = ['o1', 'o2', 'o3', 'o4', 'o5'].map((optionId, index) => ({ optionId, text: `Pilihan ${index}`, correct: index === 0, ...(index === 0 && { feedback: 'Tepat' }) }));

  it('copies a choice question, shuffling its options only when asked', () => {
    const question = bankQuestion('mc', { type: 'multiple_choice', options, wrongPickPenalty: 0.5, feedback: 'Penjelasan', trueFalseAnswer: null });
    const [kept] = buildAttemptQuestions(fixed(['mc']), [question], seeded(1));
    expect(kept).toEqual({ questionId: 'mc', type: 'multiple_choice', prompt: 'Soal mc', points: 1, feedback: 'Penjelasan', options, wrongPickPenalty: 0.5 });
    const shuffledOrders = new Set([1, 2, 3, 4].map((seed) => buildAttemptQuestions(fixed(['mc'], { shuffleOptions: true }), [question], seeded(seed))[0].options!.map(({ optionId }) => optionId).join()));
    expect(shuffledOrders.size).toBeGreaterThan(1);
  });

  it('copies the keys of true/false, short answer, numeric and essay questions', () => {
    const bank = [
      bankQuestion('tf', { trueFalseAnswer: false }),
      bankQuestion('sa', { type: 'short_answer', acceptedAnswers: ['Jakarta'], trueFalseAnswer: null }),
      bankQuestion('nu', { type: 'numeric', numericAnswer: 3.5, numericTolerance: 0.1, trueFalseAnswer: null }),
      bankQuestion('es', { type: 'essay', rubric: [{ criterionId: 'r', title: 'Isi', points: 1 }], trueFalseAnswer: null }),
    ];
    const built = buildAttemptQuestions(fixed(['tf', 'sa', 'nu', 'es']), bank, seeded(1));
    expect(built[0]).toEqual({ questionId: 'tf', type: 'true_false', prompt: 'Soal tf', points: 1, trueFalseAnswer: false });
    expect(built[1]).toMatchObject({ acceptedAnswers: ['Jakarta'] });
    expect(built[2]).toMatchObject({ numericAnswer: 3.5, numericTolerance: 0.1 });
    expect(built[3]).toMatchObject({ rubric: [{ criterionId: 'r', title: 'Isi', points: 1 }] });
    expect(built[3]).not.toHaveProperty('options');
  });

  it('matching: prompts keep their pair ids, choices get fresh ids and record the correct one', () => {
    const pairs = [
      { pairId: 'p1', prompt: 'Jawa Barat', answer: 'Bandung' },
      { pairId: 'p2', prompt: 'Jawa Tengah', answer: 'Semarang' },
      { pairId: 'p3', prompt: 'Bali', answer: 'Denpasar' },
    ];
    const [built] = buildAttemptQuestions(fixed(['m']), [bankQuestion('m', { type: 'matching', pairs, trueFalseAnswer: null })], seeded(7));
    expect(built.matchPrompts!.map(({ promptId, prompt }) => ({ promptId, prompt }))).toEqual(pairs.map(({ pairId, prompt }) => ({ promptId: pairId, prompt })));
    const textOf = new Map(built.matchChoices!.map(({ choiceId, text }) => [choiceId, text]));
    expect(built.matchPrompts!.map(({ choiceId }) => textOf.get(choiceId))).toEqual(['Bandung', 'Semarang', 'Denpasar']);
    expect(built.matchChoices!.map(({ text }) => text)).not.toEqual(['Bandung', 'Semarang', 'Denpasar']);
    for (const { choiceId } of built.matchChoices!) expect(['p1', 'p2', 'p3']).not.toContain(choiceId);
  });

  it('ordering: items shuffled, never in the correct order, which the attempt keeps', () => {
    const items = [{ itemId: 'i1', text: 'Satu' }, { itemId: 'i2', text: 'Dua' }];
    for (const source of [seeded(1), seeded(2), () => 0, () => 0.99]) {
      const [built] = buildAttemptQuestions(fixed(['o']), [bankQuestion('o', { type: 'ordering', orderItems: items, trueFalseAnswer: null })], source);
      expect(built.orderItems).toEqual([items[1], items[0]]);
      expect(built.correctOrder).toEqual(['i1', 'i2']);
    }
  });
});
