import type { AttemptQuestionValue } from '@lentera/db';
import { normalizeShortAnswer } from './normalize-answer';
import { scoreQuestion } from './score-question';

function question(overrides: Partial<AttemptQuestionValue> & Pick<AttemptQuestionValue, 'type'>): AttemptQuestionValue {
  return { questionId: 'q1', prompt: 'Soal', points: 10, ...overrides };
}

const option = (optionId: string, correct: boolean) => ({ optionId, text: `Pilihan ${optionId}`, correct });

describe('normalizeShortAnswer', () => {
  it('ignores case, spacing, accents and a closing full stop', () => {
    expect(normalizeShortAnswer('  bhinnéka tunggal  ika. ')).toBe('bhinneka tunggal ika');
    expect(normalizeShortAnswer('Bhinneka Tunggal Ika')).toBe('bhinneka tunggal ika');
    expect(normalizeShortAnswer('Jakarta!?')).toBe('jakarta');
  });

  it('keeps what changes the meaning', () => {
    expect(normalizeShortAnswer('2^3')).toBe('2^3');
    expect(normalizeShortAnswer('3,5 kg')).toBe('3,5 kg');
  });
});

describe('scoreQuestion: single choice', () => {
  const single = question({ type: 'single_choice', options: [option('a', false), option('b', true), option('c', false)] });

  it('gives full points for exactly the correct option', () => {
    expect(scoreQuestion(single, { optionIds: ['b'] })).toEqual({ outcome: 'correct', points: 10 });
  });

  it('gives nothing for a wrong option or for two options', () => {
    expect(scoreQuestion(single, { optionIds: ['a'] })).toEqual({ outcome: 'incorrect', points: 0 });
    expect(scoreQuestion(single, { optionIds: ['a', 'b'] })).toEqual({ outcome: 'incorrect', points: 0 });
  });

  it('counts nothing chosen as unanswered', () => {
    expect(scoreQuestion(single, { optionIds: [] })).toEqual({ outcome: 'unanswered', points: 0 });
    expect(scoreQuestion(single, undefined)).toEqual({ outcome: 'unanswered', points: 0 });
  });
});

describe('scoreQuestion: multiple choice', () => {
  const options = [option('a', true), option('b', true), option('c', true), option('d', false), option('e', false)];
  const multiple = question({ type: 'multiple_choice', points: 6, options });

  it('gives partial credit per correct pick', () => {
    expect(scoreQuestion(multiple, { optionIds: ['a', 'b', 'c'] })).toEqual({ outcome: 'correct', points: 6 });
    expect(scoreQuestion(multiple, { optionIds: ['a', 'b'] })).toEqual({ outcome: 'partial', points: 4 });
    expect(scoreQuestion(multiple, { optionIds: ['a'] })).toEqual({ outcome: 'partial', points: 2 });
  });

  it('costs 1/C per wrong pick by default, never below 0', () => {
    expect(scoreQuestion(multiple, { optionIds: ['a', 'b', 'd'] })).toEqual({ outcome: 'partial', points: 2 });
    expect(scoreQuestion(multiple, { optionIds: ['a', 'd'] })).toEqual({ outcome: 'incorrect', points: 0 });
    expect(scoreQuestion(multiple, { optionIds: ['a', 'd', 'e'] })).toEqual({ outcome: 'incorrect', points: 0 });
    expect(scoreQuestion(multiple, { optionIds: ['a', 'b', 'c', 'd', 'e'] })).toEqual({ outcome: 'partial', points: 2 });
  });

  it('uses the question’s own penalty', () => {
    const lenient = { ...multiple, wrongPickPenalty: 0 };
    expect(scoreQuestion(lenient, { optionIds: ['a', 'b', 'c', 'd', 'e'] })).toEqual({ outcome: 'correct', points: 6 });
    const strict = { ...multiple, wrongPickPenalty: 1 };
    expect(scoreQuestion(strict, { optionIds: ['a', 'b', 'c', 'd'] })).toEqual({ outcome: 'incorrect', points: 0 });
    const half = { ...multiple, wrongPickPenalty: 0.5 };
    expect(scoreQuestion(half, { optionIds: ['a', 'b', 'c', 'd'] })).toEqual({ outcome: 'partial', points: 3 });
  });

  it('rounds points to two decimals', () => {
    const seven = { ...multiple, points: 7 };
    expect(scoreQuestion(seven, { optionIds: ['a'] })).toEqual({ outcome: 'partial', points: 2.33 });
    expect(scoreQuestion(seven, { optionIds: ['a', 'b'] })).toEqual({ outcome: 'partial', points: 4.67 });
  });

  it('counts a repeated pick once and ignores unknown ids', () => {
    expect(scoreQuestion(multiple, { optionIds: ['a', 'a', 'a', 'zz'] })).toEqual({ outcome: 'partial', points: 2 });
  });
});

describe('scoreQuestion: true/false', () => {
  const trueFalse = question({ type: 'true_false', trueFalseAnswer: false, points: 1 });

  it('compares with the key', () => {
    expect(scoreQuestion(trueFalse, { booleanValue: false })).toEqual({ outcome: 'correct', points: 1 });
    expect(scoreQuestion(trueFalse, { booleanValue: true })).toEqual({ outcome: 'incorrect', points: 0 });
    expect(scoreQuestion(trueFalse, {})).toEqual({ outcome: 'unanswered', points: 0 });
  });
});

describe('scoreQuestion: short answer', () => {
  const shortAnswer = question({ type: 'short_answer', acceptedAnswers: ['Bhinneka Tunggal Ika', 'Berbeda-beda tetapi tetap satu'] });

  it('accepts any accepted answer ignoring case, spaces and accents', () => {
    expect(scoreQuestion(shortAnswer, { text: '  bhinnéka tunggal  ika. ' })).toEqual({ outcome: 'correct', points: 10 });
    expect(scoreQuestion(shortAnswer, { text: 'BERBEDA-BEDA TETAPI TETAP SATU' })).toEqual({ outcome: 'correct', points: 10 });
  });

  it('refuses anything else', () => {
    expect(scoreQuestion(shortAnswer, { text: 'Bhinneka' })).toEqual({ outcome: 'incorrect', points: 0 });
    expect(scoreQuestion(shortAnswer, { text: 'Berbeda beda tetapi tetap satu' })).toEqual({ outcome: 'incorrect', points: 0 });
  });

  it('counts blank text as unanswered', () => {
    expect(scoreQuestion(shortAnswer, { text: '   ' })).toEqual({ outcome: 'unanswered', points: 0 });
  });
});

describe('scoreQuestion: numeric', () => {
  const numeric = question({ type: 'numeric', numericAnswer: 3.5, numericTolerance: 0.1, points: 2 });

  it('accepts answers within the tolerance, edges included', () => {
    expect(scoreQuestion(numeric, { number: 3.5 })).toEqual({ outcome: 'correct', points: 2 });
    expect(scoreQuestion(numeric, { number: 3.4 })).toEqual({ outcome: 'correct', points: 2 });
    expect(scoreQuestion(numeric, { number: 3.6 })).toEqual({ outcome: 'correct', points: 2 });
    expect(scoreQuestion(numeric, { number: 3.61 })).toEqual({ outcome: 'incorrect', points: 0 });
    expect(scoreQuestion(numeric, { number: 3.39 })).toEqual({ outcome: 'incorrect', points: 0 });
  });

  it('needs the exact value without a tolerance (floating point forgiven)', () => {
    const exact = question({ type: 'numeric', numericAnswer: 0.3 });
    expect(scoreQuestion(exact, { number: 0.1 + 0.2 })).toEqual({ outcome: 'correct', points: 10 });
    expect(scoreQuestion(exact, { number: 0.31 })).toEqual({ outcome: 'incorrect', points: 0 });
  });

  it('counts 0 as an answer and a missing number as unanswered', () => {
    const zero = question({ type: 'numeric', numericAnswer: 0 });
    expect(scoreQuestion(zero, { number: 0 })).toEqual({ outcome: 'correct', points: 10 });
    expect(scoreQuestion(zero, {})).toEqual({ outcome: 'unanswered', points: 0 });
  });
});

describe('scoreQuestion: matching', () => {
  const matching = question({
    type: 'matching',
    points: 4,
    matchPrompts: [
      { promptId: 'p1', prompt: 'Ibu kota Jawa Barat', choiceId: 'c2' },
      { promptId: 'p2', prompt: 'Ibu kota Jawa Tengah', choiceId: 'c4' },
      { promptId: 'p3', prompt: 'Ibu kota Jawa Timur', choiceId: 'c1' },
      { promptId: 'p4', prompt: 'Ibu kota Bali', choiceId: 'c3' },
    ],
    matchChoices: [
      { choiceId: 'c1', text: 'Surabaya' },
      { choiceId: 'c2', text: 'Bandung' },
      { choiceId: 'c3', text: 'Denpasar' },
      { choiceId: 'c4', text: 'Semarang' },
    ],
  });
  const right = [
    { promptId: 'p1', choiceId: 'c2' },
    { promptId: 'p2', choiceId: 'c4' },
    { promptId: 'p3', choiceId: 'c1' },
    { promptId: 'p4', choiceId: 'c3' },
  ];

  it('gives the share of prompts matched right', () => {
    expect(scoreQuestion(matching, { matches: right })).toEqual({ outcome: 'correct', points: 4 });
    expect(scoreQuestion(matching, { matches: right.slice(0, 3) })).toEqual({ outcome: 'partial', points: 3 });
    const swapped = [{ promptId: 'p1', choiceId: 'c4' }, { promptId: 'p2', choiceId: 'c2' }, ...right.slice(2)];
    expect(scoreQuestion(matching, { matches: swapped })).toEqual({ outcome: 'partial', points: 2 });
    expect(scoreQuestion(matching, { matches: [{ promptId: 'p1', choiceId: 'c1' }] })).toEqual({ outcome: 'incorrect', points: 0 });
    expect(scoreQuestion(matching, { matches: [] })).toEqual({ outcome: 'unanswered', points: 0 });
  });
});

describe('scoreQuestion: ordering', () => {
  const ordering = question({
    type: 'ordering',
    points: 5,
    orderItems: ['d', 'a', 'e', 'c', 'b'].map((itemId) => ({ itemId, text: itemId.toUpperCase() })),
    correctOrder: ['a', 'b', 'c', 'd', 'e'],
  });

  it('gives the share of items at their correct position', () => {
    expect(scoreQuestion(ordering, { order: ['a', 'b', 'c', 'd', 'e'] })).toEqual({ outcome: 'correct', points: 5 });
    expect(scoreQuestion(ordering, { order: ['a', 'b', 'c', 'e', 'd'] })).toEqual({ outcome: 'partial', points: 3 });
    expect(scoreQuestion(ordering, { order: ['b', 'c', 'd', 'e', 'a'] })).toEqual({ outcome: 'incorrect', points: 0 });
    expect(scoreQuestion(ordering, { order: [] })).toEqual({ outcome: 'unanswered', points: 0 });
  });
});

describe('scoreQuestion: essay', () => {
  const essay = question({ type: 'essay' });

  it('waits for the instructor when answered, and scores 0 when not', () => {
    expect(scoreQuestion(essay, { text: 'Pendapat saya…' })).toEqual({ outcome: 'pending', points: null });
    expect(scoreQuestion(essay, { text: ' \n ' })).toEqual({ outcome: 'unanswered', points: 0 });
  });
});
