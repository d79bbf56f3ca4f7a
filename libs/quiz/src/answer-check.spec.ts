import type { AnswerValue, AttemptQuestionValue } from '@lentera/db';
import { DomainError } from '@lentera/errors';
import { checkAnswer } from './answer-check';

const base = { questionId: 'q1', prompt: 'Soal', points: 1 };
const single: AttemptQuestionValue = {
  ...base,
  type: 'single_choice',
  options: [
    { optionId: 'a', text: 'Jakarta', correct: true },
    { optionId: 'b', text: 'Bandung', correct: false },
  ],
};
const multiple: AttemptQuestionValue = { ...single, type: 'multiple_choice' };
const matching: AttemptQuestionValue = {
  ...base,
  type: 'matching',
  matchPrompts: [
    { promptId: 'p1', prompt: 'Jawa Barat', choiceId: 'c2' },
    { promptId: 'p2', prompt: 'Bali', choiceId: 'c1' },
  ],
  matchChoices: [
    { choiceId: 'c1', text: 'Denpasar' },
    { choiceId: 'c2', text: 'Bandung' },
  ],
};
const ordering: AttemptQuestionValue = {
  ...base,
  type: 'ordering',
  orderItems: [
    { itemId: 'i3', text: 'Tiga' },
    { itemId: 'i1', text: 'Satu' },
    { itemId: 'i2', text: 'Dua' },
  ],
  correctOrder: ['i1', 'i2', 'i3'],
};

function refusal(question: AttemptQuestionValue, answer: AnswerValue): DomainError {
  try {
    checkAnswer(question, answer);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('checkAnswer: what is stored', () => {
  it('keeps only the field of the question’s type, ids deduplicated', () => {
    expect(checkAnswer(multiple, { optionIds: ['b', 'a', 'b'], text: 'x', booleanValue: true })).toEqual({ optionIds: ['b', 'a'] });
    expect(checkAnswer(single, { optionIds: ['a', 'a'] })).toEqual({ optionIds: ['a'] });
    expect(checkAnswer({ ...base, type: 'true_false', trueFalseAnswer: true }, { booleanValue: false })).toEqual({ booleanValue: false });
    expect(checkAnswer({ ...base, type: 'numeric', numericAnswer: 1 }, { number: -2.5 })).toEqual({ number: -2.5 });
    expect(checkAnswer({ ...base, type: 'numeric', numericAnswer: 1 }, { number: 0 })).toEqual({ number: 0 });
  });

  it('trims text', () => {
    expect(checkAnswer({ ...base, type: 'short_answer', acceptedAnswers: ['x'] }, { text: '  Jakarta \n' })).toEqual({ text: 'Jakarta' });
    expect(checkAnswer({ ...base, type: 'essay' }, { text: '\n Paragraf satu.\n\nParagraf dua. ' })).toEqual({ text: 'Paragraf satu.\n\nParagraf dua.' });
  });

  it('keeps matches once per prompt and a full order', () => {
    expect(checkAnswer(matching, { matches: [{ promptId: 'p1', choiceId: 'c1' }, { promptId: 'p1', choiceId: 'c1' }] })).toEqual({ matches: [{ promptId: 'p1', choiceId: 'c1' }] });
    expect(checkAnswer(ordering, { order: ['i2', 'i3', 'i1'] })).toEqual({ order: ['i2', 'i3', 'i1'] });
    expect(checkAnswer(ordering, { order: ['i2', 'i3', 'i3', 'i1'] })).toEqual({ order: ['i2', 'i3', 'i1'] });
  });

  it.each<[string, AttemptQuestionValue, AnswerValue]>([
    ['no option', single, { optionIds: [] }],
    ['no boolean', { ...base, type: 'true_false', trueFalseAnswer: true }, {}],
    ['blank short answer', { ...base, type: 'short_answer', acceptedAnswers: ['x'] }, { text: '  ' }],
    ['blank essay', { ...base, type: 'essay' }, { text: '' }],
    ['no number', { ...base, type: 'numeric', numericAnswer: 1 }, {}],
    ['no matches', matching, { matches: [] }],
    ['no order', ordering, { order: [] }],
  ])('stores an empty answer (%s) as {}, which clears the question', (_case, question, answer) => {
    expect(checkAnswer(question, answer)).toEqual({});
  });
});

describe('checkAnswer: what is refused', () => {
  it.each<[string, AttemptQuestionValue, AnswerValue]>([
    ['an unknown option', single, { optionIds: ['zz'] }],
    ['two options for a single choice', single, { optionIds: ['a', 'b'] }],
    ['an unknown multiple-choice option', multiple, { optionIds: ['a', 'zz'] }],
    ['a short answer over 500 characters', { ...base, type: 'short_answer', acceptedAnswers: ['x'] }, { text: 'x'.repeat(501) }],
    ['an essay over 20,000 characters', { ...base, type: 'essay' }, { text: 'x'.repeat(20_001) }],
    ['an infinite number', { ...base, type: 'numeric', numericAnswer: 1 }, { number: Number.POSITIVE_INFINITY }],
    ['NaN', { ...base, type: 'numeric', numericAnswer: 1 }, { number: Number.NaN }],
    ['an unknown prompt', matching, { matches: [{ promptId: 'zz', choiceId: 'c1' }] }],
    ['an unknown choice', matching, { matches: [{ promptId: 'p1', choiceId: 'zz' }] }],
    ['a prompt matched twice', matching, { matches: [{ promptId: 'p1', choiceId: 'c1' }, { promptId: 'p1', choiceId: 'c2' }] }],
    ['an order missing an item', ordering, { order: ['i1', 'i2'] }],
    ['an order with an unknown item', ordering, { order: ['i1', 'i2', 'zz'] }],
  ])('refuses %s with a bilingual BAD_USER_INPUT', (_case, question, answer) => {
    const error = refusal(question, answer);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.localized.id).not.toBe(error.localized.en);
    expect(error.details).toMatchObject({ reason: 'invalid_answer', questionId: 'q1' });
  });

  it('accepts the longest allowed texts', () => {
    expect(checkAnswer({ ...base, type: 'short_answer', acceptedAnswers: ['x'] }, { text: `  ${'x'.repeat(500)}  ` }).text).toHaveLength(500);
    expect(checkAnswer({ ...base, type: 'essay' }, { text: 'x'.repeat(20_000) }).text).toHaveLength(20_000);
  });

  it('says nothing about the right option', () => {
    const error = refusal(single, { optionIds: ['zz'] });
    expect(JSON.stringify([error.localized, error.details])).not.toMatch(/Jakarta|"a"/);
  });
});
