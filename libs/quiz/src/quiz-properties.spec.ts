import type { AnswerValue, AttemptQuestionValue, QuestionRecord, QuizSettingsRecord } from '@lentera/db';
import { DEFAULT_QUIZ_SETTINGS } from '@lentera/db';
import { DomainError } from '@lentera/errors';
import fc from 'fast-check';
import { checkAnswer } from './answer-check';
import { buildAttemptQuestions } from './build-attempt-questions';
import { gradeAttempt } from './grade-attempt';
import { scoreQuestion } from './score-question';

// Property-based checks of the scoring and drawing rules; example-based specs sit next to each file.

const RUNS = { numRuns: 200 };

/** A seeded source in [0, 1) (mulberry32), so a failing run replays. */
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

const ids = (min: number, max: number) => fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{3,8}$/), { minLength: min, maxLength: max });
/** Key texts carry a marker no fixed message contains, so a leak is found by searching for it. */
const secret = fc.stringMatching(/^[A-Za-z ]{1,12}$/).map((text) => `SECRET-${text}`);
const points = fc.integer({ min: 1, max: 100_000 }).map((cents) => cents / 100);

const choiceQuestion = (type: 'single_choice' | 'multiple_choice') =>
  ids(2, 8).chain((optionIds) =>
    fc.record({
      flags: fc.array(fc.boolean(), { minLength: optionIds.length, maxLength: optionIds.length }),
      correctIndex: fc.nat({ max: optionIds.length - 1 }),
      points,
      wrongPickPenalty: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      texts: fc.array(secret, { minLength: optionIds.length, maxLength: optionIds.length }),
    }).map(({ flags, correctIndex, points, wrongPickPenalty, texts }): AttemptQuestionValue => ({
      questionId: 'q',
      type,
      prompt: 'Soal',
      points,
      options: optionIds.map((optionId, index) => ({
        optionId,
        text: texts[index],
        correct: type === 'single_choice' ? index === correctIndex : flags[index] || index === correctIndex,
      })),
      ...(type === 'multiple_choice' && wrongPickPenalty !== undefined && { wrongPickPenalty }),
    })),
  );

const matchingQuestion = ids(4, 16).chain((all) => {
  const half = Math.floor(all.length / 2);
  const [promptIds, choiceIds] = [all.slice(0, half), all.slice(half, half * 2)];
  return fc.tuple(fc.shuffledSubarray(choiceIds, { minLength: half, maxLength: half }), points).map(
    ([correctChoices, points]): AttemptQuestionValue => ({
      questionId: 'q',
      type: 'matching',
      prompt: 'Pasangkan',
      points,
      matchPrompts: promptIds.map((promptId, index) => ({ promptId, prompt: `Pernyataan ${index}`, choiceId: correctChoices[index] })),
      matchChoices: choiceIds.map((choiceId, index) => ({ choiceId, text: `SECRET-choice-${index}` })),
    }),
  );
});

const orderingQuestion = ids(2, 10).chain((correctOrder) =>
  fc.tuple(fc.shuffledSubarray(correctOrder, { minLength: correctOrder.length, maxLength: correctOrder.length }), points).map(
    ([shown, points]): AttemptQuestionValue => ({
      questionId: 'q',
      type: 'ordering',
      prompt: 'Urutkan',
      points,
      orderItems: shown.map((itemId) => ({ itemId, text: `Butir ${itemId}` })),
      correctOrder,
    }),
  ),
);

const otherQuestion = fc.oneof(
  fc.record({ trueFalseAnswer: fc.boolean(), points }).map((fields): AttemptQuestionValue => ({ questionId: 'q', type: 'true_false', prompt: 'Benar?', ...fields })),
  fc.record({ acceptedAnswers: fc.array(secret, { minLength: 1, maxLength: 5 }), points }).map((fields): AttemptQuestionValue => ({ questionId: 'q', type: 'short_answer', prompt: 'Isi', ...fields })),
  fc
    .record({ numericAnswer: fc.integer({ min: 100_000, max: 999_999 }).map((n) => n + 0.125), numericTolerance: fc.integer({ min: 10_000, max: 99_999 }).map((n) => n / 7), points })
    .map((fields): AttemptQuestionValue => ({ questionId: 'q', type: 'numeric', prompt: 'Hitung', ...fields })),
  points.map((points): AttemptQuestionValue => ({ questionId: 'q', type: 'essay', prompt: 'Jelaskan', points, rubric: [{ criterionId: 'r1', title: 'SECRET-rubric', points }] })),
);

const anyQuestion = fc.oneof(choiceQuestion('single_choice'), choiceQuestion('multiple_choice'), matchingQuestion, orderingQuestion, otherQuestion);

/** Any answer, also of the wrong shape: the question's own ids mixed with unknown ones. */
function answerFor(question: AttemptQuestionValue): fc.Arbitrary<AnswerValue> {
  const known = [
    ...(question.options ?? []).map(({ optionId }) => optionId),
    ...(question.matchPrompts ?? []).map(({ promptId }) => promptId),
    ...(question.matchChoices ?? []).map(({ choiceId }) => choiceId),
    ...(question.orderItems ?? []).map(({ itemId }) => itemId),
  ];
  const id = known.length ? fc.oneof(fc.constantFrom(...known), fc.constant('unknown')) : fc.constant('unknown');
  return fc.record(
    {
      optionIds: fc.array(id, { maxLength: 10 }),
      booleanValue: fc.boolean(),
      text: fc.oneof(fc.string({ maxLength: 30 }), ...(question.acceptedAnswers ?? []).map((accepted) => fc.constant(` ${accepted.toUpperCase()}. `))),
      number: fc.oneof(fc.double({ noNaN: true }), fc.constant(question.numericAnswer ?? 0)),
      matches: fc.array(fc.record({ promptId: id, choiceId: id }), { maxLength: 10 }),
      order: fc.oneof(fc.shuffledSubarray(known), fc.array(id, { maxLength: 10 })),
    },
    { requiredKeys: [] },
  );
}

const questionWithAnswer = anyQuestion.chain((question) => answerFor(question).map((answer) => ({ question, answer })));

describe('scoring properties', () => {
  it('a score is always within [0, points], with two decimals at most', () => {
    fc.assert(
      fc.property(questionWithAnswer, ({ question, answer }) => {
        const { outcome, points } = scoreQuestion(question, answer);
        if (outcome === 'pending') return points === null;
        return points !== null && points >= 0 && points <= question.points && Math.abs(points * 100 - Math.round(points * 100)) < 1e-6;
      }),
      RUNS,
    );
  });

  it('multiple choice: another correct pick never lowers the score, another wrong pick never raises it', () => {
    const withPicks = choiceQuestion('multiple_choice').chain((question) =>
      fc.record({ question: fc.constant(question), picked: fc.subarray(question.options!.map(({ optionId }) => optionId)), extra: fc.constantFrom(...question.options!) }),
    );
    fc.assert(
      fc.property(withPicks, ({ question, picked, extra }) => {
        const before = scoreQuestion(question, { optionIds: picked }).points ?? 0;
        const after = scoreQuestion(question, { optionIds: [...picked, extra.optionId] }).points ?? 0;
        return extra.correct ? after >= before : after <= before;
      }),
      RUNS,
    );
  });

  it('the correct ordering and the correct matches earn full points', () => {
    fc.assert(
      fc.property(fc.oneof(orderingQuestion, matchingQuestion), (question) => {
        const answer: AnswerValue =
          question.type === 'ordering'
            ? { order: question.correctOrder }
            : { matches: question.matchPrompts!.map(({ promptId, choiceId }) => ({ promptId, choiceId })) };
        return scoreQuestion(question, answer).outcome === 'correct' && scoreQuestion(question, answer).points === question.points;
      }),
      RUNS,
    );
  });

  it('an attempt’s score lies within [0, max] and its percent within [0, 100]', () => {
    fc.assert(
      fc.property(fc.array(questionWithAnswer, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 100 }), (pairs, passingPercent) => {
        const questions = pairs.map(({ question }, index) => ({ ...question, questionId: `q${index}` }));
        const answers = new Map(pairs.map(({ answer }, index) => [`q${index}`, answer]));
        const grade = gradeAttempt(questions, answers, passingPercent);
        const pending = grade.results.some(({ outcome }) => outcome === 'pending');
        if (pending) return grade.percent === null && grade.passed === null && grade.status === 'awaiting_grading';
        return grade.scorePoints >= 0 && grade.scorePoints <= grade.maxPoints + 1e-9 && grade.percent! >= 0 && grade.percent! <= 100 && grade.passed === grade.percent! >= passingPercent;
      }),
      RUNS,
    );
  });
});

describe('checkAnswer never reveals a key', () => {
  it('its messages and details contain no correct option, accepted answer, number, match or rubric', () => {
    fc.assert(
      fc.property(questionWithAnswer, ({ question, answer }) => {
        let error: unknown;
        try {
          checkAnswer(question, answer);
        } catch (caught) {
          error = caught;
        }
        if (error === undefined) return true;
        if (!(error instanceof DomainError) || error.code !== 'BAD_USER_INPUT') return false;
        const shown = JSON.stringify([error.message, error.localized, error.details ?? null]);
        const keys = [
          ...(question.options ?? []).map(({ text }) => text),
          ...(question.acceptedAnswers ?? []),
          ...(question.matchChoices ?? []).map(({ text }) => text),
          ...(question.rubric ?? []).map(({ title }) => title),
          ...[question.numericAnswer, question.numericTolerance].flatMap((value) => (value == null ? [] : [String(value)])),
        ];
        return !shown.includes('SECRET') && keys.every((key) => !shown.includes(key));
      }),
      RUNS,
    );
  });
});

describe('buildAttemptQuestions properties', () => {
  const bankQuestion = (id: string, overrides: Partial<QuestionRecord>): QuestionRecord => ({
    id,
    courseId: 'c',
    agencyId: 'a',
    key: id,
    type: 'single_choice',
    prompt: 'Soal',
    tags: ['umum'],
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
    revision: 1,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  });
  const bank = fc.tuple(ids(2, 12), ids(2, 12)).map(([itemIds, pairIds]) => [
    bankQuestion('ordering', { type: 'ordering', orderItems: itemIds.map((itemId) => ({ itemId, text: `Butir ${itemId}` })) }),
    bankQuestion('matching', { type: 'matching', pairs: pairIds.map((pairId) => ({ pairId, prompt: `P ${pairId}`, answer: `J ${pairId}` })) }),
  ]);
  /** Seeded sources, and the degenerate ones a careless shuffle would trip over. */
  const source = fc.oneof(fc.integer().map(seeded), fc.constantFrom(0, 0.5, 0.999999, 1).map((value) => () => value));
  const settings: QuizSettingsRecord = { ...DEFAULT_QUIZ_SETTINGS, selection: 'fixed', questionIds: ['ordering', 'matching'], shuffleQuestions: true };

  it('never shows an ordering in its correct order, and never a pair id as a choice id', () => {
    fc.assert(
      fc.property(bank, source, (questions, random) => {
        const built = buildAttemptQuestions(settings, questions, random);
        const ordering = built.find(({ type }) => type === 'ordering')!;
        const matching = built.find(({ type }) => type === 'matching')!;
        const pairIds = new Set(questions[1].pairs.map(({ pairId }) => pairId));
        const choiceIds = matching.matchChoices!.map(({ choiceId }) => choiceId);
        return (
          ordering.orderItems!.map(({ itemId }) => itemId).join() !== ordering.correctOrder!.join() &&
          choiceIds.every((choiceId) => !pairIds.has(choiceId)) &&
          new Set(choiceIds).size === choiceIds.length &&
          matching.matchPrompts!.map(({ choiceId }) => choiceId).sort().join() === [...choiceIds].sort().join()
        );
      }),
      RUNS,
    );
  });
});
