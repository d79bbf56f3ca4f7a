/// <reference types="jest" />
import type { BankQuestionFieldsFragment, QuestionType } from '../../gql/generated';
import {
  emptyCriterion,
  emptyQuestionForm,
  moveRow,
  questionFormOf,
  questionInputOf,
  rubricMatchesPoints,
  rubricTotal,
  validateQuestion,
} from './question-form';
import type { QuestionFormValues } from './question-form';

function bankQuestion(overrides: Partial<BankQuestionFieldsFragment>): BankQuestionFieldsFragment {
  return {
    __typename: 'BankQuestion',
    id: 'q1',
    courseId: 'c1',
    key: 'k1',
    type: 'SINGLE_CHOICE',
    prompt: 'Soal',
    tags: [],
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
    revision: 3,
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

function form(type: QuestionType, changes: Partial<QuestionFormValues> = {}): QuestionFormValues {
  return { ...emptyQuestionForm(type), prompt: '  Berapa JP?  ', points: 2, ...changes };
}

const option = (text: string, correct: boolean, feedback = '') => ({ rowKey: text, id: null, text, correct, feedback });

describe('questionInputOf', () => {
  it('sends the common fields trimmed, tags without blanks or repeats, and no key when empty', () => {
    const input = questionInputOf(form('TRUE_FALSE', { trueFalseAnswer: false, tags: [' regulasi', 'regulasi', ''], feedback: '  ' }));
    expect(input).toEqual({ type: 'TRUE_FALSE', prompt: 'Berapa JP?', points: 2, tags: ['regulasi'], feedback: null, trueFalseAnswer: false });
  });

  it('single choice: the filled options with correct flags and feedback, ids kept for existing ones', () => {
    const values = form('SINGLE_CHOICE', {
      options: [{ ...option('20 JP', true, ' Tepat '), id: 'o1' }, option('10 JP', false), option('  ', false)],
    });
    expect(questionInputOf(values).options).toEqual([
      { id: 'o1', text: '20 JP', correct: true, feedback: 'Tepat' },
      { text: '10 JP', correct: false, feedback: null },
    ]);
    expect(questionInputOf(values)).not.toHaveProperty('wrongPickPenalty');
  });

  it('multiple choice: the penalty typed as a percent is sent as a share; empty means the default (null)', () => {
    const options = [option('A', true), option('B', true), option('C', false)];
    expect(questionInputOf(form('MULTIPLE_CHOICE', { options, wrongPickPenaltyPercent: 50 })).wrongPickPenalty).toBe(0.5);
    expect(questionInputOf(form('MULTIPLE_CHOICE', { options, wrongPickPenaltyPercent: '' })).wrongPickPenalty).toBeNull();
  });

  it('short answer: accepted answers without blanks', () => {
    expect(questionInputOf(form('SHORT_ANSWER', { acceptedAnswers: [' ASN ', '', 'Aparatur Sipil Negara'] })).acceptedAnswers).toEqual([
      'ASN',
      'Aparatur Sipil Negara',
    ]);
  });

  it('numeric: answer and tolerance (a comma decimal is read; empty tolerance is 0)', () => {
    const input = questionInputOf(form('NUMERIC', { numericAnswer: '3,5', numericTolerance: '' }));
    expect(input.numericAnswer).toBe(3.5);
    expect(input.numericTolerance).toBe(0);
  });

  it('matching: the pairs in order, blank rows dropped', () => {
    const pairs = [
      { rowKey: 'a', id: 'p1', prompt: 'Teknis', answer: 'Anggaran' },
      { rowKey: 'b', id: null, prompt: ' Manajerial', answer: 'Rapat ' },
      { rowKey: 'c', id: null, prompt: '', answer: '' },
    ];
    expect(questionInputOf(form('MATCHING', { pairs })).pairs).toEqual([
      { id: 'p1', prompt: 'Teknis', answer: 'Anggaran' },
      { prompt: 'Manajerial', answer: 'Rapat' },
    ]);
  });

  it('ordering: the items in the order the author put them', () => {
    const items = ['Analisis', 'Perencanaan', 'Evaluasi'].map((text) => ({ rowKey: text, id: null, text }));
    const moved = moveRow(items, 2, -1);
    expect(questionInputOf(form('ORDERING', { orderItems: moved })).orderItems).toEqual([
      { text: 'Analisis' },
      { text: 'Evaluasi' },
      { text: 'Perencanaan' },
    ]);
  });

  it('essay: the rubric criteria with their points', () => {
    const rubric = [
      { rowKey: 'r1', id: 'r1', title: 'Relevansi', points: 2 },
      { rowKey: 'r2', id: null, title: 'Kejelasan', points: '2' },
    ];
    expect(questionInputOf(form('ESSAY', { points: 4, rubric })).rubric).toEqual([
      { id: 'r1', title: 'Relevansi', points: 2 },
      { title: 'Kejelasan', points: 2 },
    ]);
  });

  it("sends only the chosen type's fields after switching type", () => {
    const values = { ...form('SINGLE_CHOICE', { options: [option('A', true), option('B', false)] }), type: 'ESSAY' as const };
    const input = questionInputOf(values);
    expect(input).not.toHaveProperty('options');
    expect(input.rubric).toEqual([]);
  });
});

describe('questionFormOf', () => {
  it.each<[QuestionType, Partial<BankQuestionFieldsFragment>]>([
    ['SINGLE_CHOICE', { options: [{ __typename: 'QuestionOption', id: 'o1', text: 'A', correct: true, feedback: 'Ya' }, { __typename: 'QuestionOption', id: 'o2', text: 'B', correct: false, feedback: null }] }],
    ['MULTIPLE_CHOICE', { wrongPickPenalty: 0.25, options: [{ __typename: 'QuestionOption', id: 'o1', text: 'A', correct: true, feedback: null }, { __typename: 'QuestionOption', id: 'o2', text: 'B', correct: true, feedback: null }] }],
    ['TRUE_FALSE', { trueFalseAnswer: true }],
    ['SHORT_ANSWER', { acceptedAnswers: ['ASN', 'Aparatur'] }],
    ['NUMERIC', { numericAnswer: 900, numericTolerance: 0.5 }],
    ['MATCHING', { pairs: [{ __typename: 'MatchingPair', id: 'p1', prompt: 'X', answer: 'Y' }, { __typename: 'MatchingPair', id: 'p2', prompt: 'Z', answer: 'W' }] }],
    ['ORDERING', { orderItems: [{ __typename: 'OrderingItem', id: 'i1', text: 'Satu' }, { __typename: 'OrderingItem', id: 'i2', text: 'Dua' }] }],
    ['ESSAY', { points: 4, rubric: [{ __typename: 'RubricCriterion', id: 'r1', title: 'Isi', points: 4 }] }],
  ])('%s: the form sends back what the bank has', (type, fields) => {
    const question = bankQuestion({ type, tags: ['t'], feedback: 'Pembahasan', ...fields });
    const input = questionInputOf(questionFormOf(question));
    expect(input.type).toBe(type);
    expect(input.key).toBe('k1');
    expect(input.feedback).toBe('Pembahasan');
    expect(validateQuestion(questionFormOf(question))).toEqual({});
    const strip = <T extends object>(rows: readonly T[]) => rows.map(({ __typename: _, ...rest }: T & { __typename?: string }) => rest);
    if (fields.options) expect(input.options).toEqual(strip(fields.options));
    if (fields.wrongPickPenalty) expect(input.wrongPickPenalty).toBe(fields.wrongPickPenalty);
    if (fields.trueFalseAnswer !== undefined) expect(input.trueFalseAnswer).toBe(fields.trueFalseAnswer);
    if (fields.acceptedAnswers) expect(input.acceptedAnswers).toEqual(fields.acceptedAnswers);
    if (fields.numericAnswer !== undefined) expect([input.numericAnswer, input.numericTolerance]).toEqual([fields.numericAnswer, fields.numericTolerance]);
    if (fields.pairs) expect(input.pairs).toEqual(strip(fields.pairs));
    if (fields.orderItems) expect(input.orderItems).toEqual(strip(fields.orderItems));
    if (fields.rubric) expect(input.rubric).toEqual(strip(fields.rubric));
  });
});

describe('validateQuestion', () => {
  it('asks for a prompt and positive points', () => {
    expect(validateQuestion({ ...form('TRUE_FALSE', { trueFalseAnswer: true }), prompt: ' ', points: 0 })).toEqual({
      prompt: 'required',
      points: 'pointsInvalid',
    });
  });

  it.each<[string, QuestionFormValues, object]>([
    ['single choice with two correct', form('SINGLE_CHOICE', { options: [option('A', true), option('B', true)] }), { options: 'singleNeedsOneCorrect' }],
    ['single choice with one option', form('SINGLE_CHOICE', { options: [option('A', true), option('', false)] }), { options: 'optionsTooFew' }],
    ['multiple choice with none correct', form('MULTIPLE_CHOICE', { options: [option('A', false), option('B', false)] }), { options: 'multipleNeedsCorrect' }],
    ['penalty above 100%', form('MULTIPLE_CHOICE', { options: [option('A', true), option('B', false)], wrongPickPenaltyPercent: 150 }), { wrongPickPenalty: 'penaltyInvalid' }],
    ['true/false unanswered', form('TRUE_FALSE'), { trueFalseAnswer: 'trueFalseRequired' }],
    ['short answer without answers', form('SHORT_ANSWER', { acceptedAnswers: [' '] }), { acceptedAnswers: 'acceptedRequired' }],
    ['numeric without a number', form('NUMERIC', { numericAnswer: '' }), { numericAnswer: 'numberRequired' }],
    ['numeric with a negative tolerance', form('NUMERIC', { numericAnswer: 1, numericTolerance: -1 }), { numericTolerance: 'toleranceInvalid' }],
    ['matching with half a pair', form('MATCHING', { pairs: [{ rowKey: 'a', id: null, prompt: 'X', answer: '' }, { rowKey: 'b', id: null, prompt: 'Y', answer: 'Z' }] }), { pairs: 'pairIncomplete' }],
    ['ordering with one item', form('ORDERING', { orderItems: [{ rowKey: 'a', id: null, text: 'X' }] }), { orderItems: 'itemsTooFew' }],
  ])('%s', (_name, values, problems) => {
    expect(validateQuestion(values)).toEqual(problems);
  });

  it('essay: the rubric must add up to the points; no rubric is fine', () => {
    const rubric = [
      { rowKey: 'a', id: null, title: 'Isi', points: 2 },
      { rowKey: 'b', id: null, title: 'Bahasa', points: 1.5 },
    ];
    expect(validateQuestion(form('ESSAY', { points: 4, rubric }))).toEqual({ rubric: 'rubricSum' });
    expect(validateQuestion(form('ESSAY', { points: 3.5, rubric }))).toEqual({});
    expect(validateQuestion(form('ESSAY', { points: 4, rubric: [] }))).toEqual({});
    expect(validateQuestion(form('ESSAY', { points: 2, rubric: [{ ...rubric[0]!, points: 0 }] }))).toEqual({ rubric: 'criterionPointsInvalid' });
  });
});

describe('rubric sum', () => {
  it('adds the filled criteria to two decimals and ignores blank rows', () => {
    const rubric = [
      { ...emptyCriterion(), title: 'A', points: 0.1 },
      { ...emptyCriterion(), title: 'B', points: '0,2' },
      { ...emptyCriterion(), title: '', points: 5 },
    ];
    expect(rubricTotal(rubric)).toBe(0.3);
    expect(rubricMatchesPoints(rubric, 0.3)).toBe(true);
    expect(rubricMatchesPoints(rubric, '0.4')).toBe(false);
    expect(rubricMatchesPoints([], '')).toBe(true);
  });
});

describe('moveRow', () => {
  it('moves up and down and leaves the ends alone', () => {
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
