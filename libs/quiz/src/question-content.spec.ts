import type { QuestionContent } from '@lentera/db';
import { withContentIds } from './content-ids';
import { checkQuestionContent } from './question-content';

function content(overrides: Partial<QuestionContent> & Pick<QuestionContent, 'type'>): QuestionContent {
  return {
    prompt: 'Apa ibu kota Indonesia?',
    tags: ['geografi'],
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
    ...overrides,
  };
}

const option = (text: string, correct = false) => ({ optionId: '', text, correct });
const fields = (question: QuestionContent) => checkQuestionContent(question).map(({ field }) => field);

describe('checkQuestionContent: every type', () => {
  it.each<[string, QuestionContent]>([
    ['single choice', content({ type: 'single_choice', options: [option('Jakarta', true), option('Bandung')] })],
    ['multiple choice', content({ type: 'multiple_choice', options: [option('A', true), option('B', true), option('C')], wrongPickPenalty: 0.5 })],
    ['true/false', content({ type: 'true_false', trueFalseAnswer: false })],
    ['short answer', content({ type: 'short_answer', acceptedAnswers: ['Jakarta', 'DKI Jakarta'] })],
    ['numeric', content({ type: 'numeric', numericAnswer: 0, numericTolerance: 0 })],
    ['matching', content({ type: 'matching', pairs: [{ pairId: '', prompt: 'Jabar', answer: 'Bandung' }, { pairId: '', prompt: 'Bali', answer: 'Denpasar' }] })],
    ['ordering', content({ type: 'ordering', orderItems: [{ itemId: '', text: 'Satu' }, { itemId: '', text: 'Dua' }] })],
    ['essay without rubric', content({ type: 'essay' })],
    ['essay with rubric', content({ type: 'essay', points: 10, rubric: [{ criterionId: '', title: 'Isi', points: 7.5 }, { criterionId: '', title: 'Bahasa', points: 2.5 }] })],
  ])('accepts a sound %s question', (_case, question) => {
    expect(checkQuestionContent(question)).toEqual([]);
  });

  it('ignores the fields of other types', () => {
    expect(checkQuestionContent(content({ type: 'true_false', trueFalseAnswer: true, options: [option('')], numericTolerance: -1, wrongPickPenalty: 5 }))).toEqual([]);
  });
});

describe('checkQuestionContent: what it finds', () => {
  it('checks prompt, points, tags and feedback of any question', () => {
    const problems = fields(content({ type: 'true_false', trueFalseAnswer: true, prompt: '   ', points: 0, tags: ['', 'x'.repeat(41), 'ok'], feedback: 'x'.repeat(5001) }));
    expect(problems).toEqual(['prompt', 'points', 'tags.0', 'tags.1', 'feedback']);
    expect(fields(content({ type: 'true_false', trueFalseAnswer: true, prompt: 'x'.repeat(5001), points: 1000.5, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }))).toEqual(['prompt', 'points', 'tags']);
    expect(fields(content({ type: 'true_false', trueFalseAnswer: true, points: 1000 }))).toEqual([]);
  });

  it('single choice: 2..20 distinct options, exactly one correct', () => {
    expect(fields(content({ type: 'single_choice', options: [option('A', true)] }))).toEqual(['options']);
    expect(fields(content({ type: 'single_choice', options: [option('A', true), option('B', true)] }))).toEqual(['options']);
    expect(fields(content({ type: 'single_choice', options: [option('A'), option('B')] }))).toEqual(['options']);
    expect(fields(content({ type: 'single_choice', options: [option('Jakarta', true), option(' jakarta '), option(' ')] }))).toEqual(['options.1.text', 'options.2.text']);
    expect(fields(content({ type: 'single_choice', options: Array.from({ length: 21 }, (_, i) => option(`O${i}`, i === 0)) }))).toEqual(['options']);
  });

  it('multiple choice: at least one correct, a penalty within 0..1', () => {
    expect(fields(content({ type: 'multiple_choice', options: [option('A'), option('B')] }))).toEqual(['options']);
    expect(fields(content({ type: 'multiple_choice', options: [option('A', true), option('B')], wrongPickPenalty: 1.5 }))).toEqual(['wrongPickPenalty']);
    expect(fields(content({ type: 'multiple_choice', options: [option('A', true), option('B')], wrongPickPenalty: -0.1 }))).toEqual(['wrongPickPenalty']);
  });

  it('true/false needs its answer', () => {
    expect(fields(content({ type: 'true_false' }))).toEqual(['trueFalseAnswer']);
  });

  it('short answer: 1..50 accepted answers, none blank', () => {
    expect(fields(content({ type: 'short_answer' }))).toEqual(['acceptedAnswers']);
    expect(fields(content({ type: 'short_answer', acceptedAnswers: ['ok', ' . '] }))).toEqual(['acceptedAnswers.1']);
    expect(fields(content({ type: 'short_answer', acceptedAnswers: Array.from({ length: 51 }, (_, i) => `a${i}`) }))).toEqual(['acceptedAnswers']);
  });

  it('numeric: a finite answer and a tolerance of 0 or more', () => {
    expect(fields(content({ type: 'numeric' }))).toEqual(['numericAnswer']);
    expect(fields(content({ type: 'numeric', numericAnswer: Number.POSITIVE_INFINITY, numericTolerance: -0.5 }))).toEqual(['numericAnswer', 'numericTolerance']);
  });

  it('matching: 2..20 pairs, prompts and answers distinct', () => {
    const pair = (prompt: string, answer: string) => ({ pairId: '', prompt, answer });
    expect(fields(content({ type: 'matching', pairs: [pair('A', '1')] }))).toEqual(['pairs']);
    expect(fields(content({ type: 'matching', pairs: [pair('A', '1'), pair('a', 'Satu'), pair('B', 'satu'), pair('', '')] }))).toEqual([
      'pairs.1.prompt',
      'pairs.3.prompt',
      'pairs.2.answer',
      'pairs.3.answer',
    ]);
  });

  it('ordering: 2..20 distinct items', () => {
    expect(fields(content({ type: 'ordering', orderItems: [{ itemId: '', text: 'Satu' }] }))).toEqual(['orderItems']);
    expect(fields(content({ type: 'ordering', orderItems: [{ itemId: '', text: 'Satu' }, { itemId: '', text: 'SATU' }] }))).toEqual(['orderItems.1.text']);
  });

  it('essay: named criteria of 0 or more points that add up to the question’s points', () => {
    expect(fields(content({ type: 'essay', points: 10, rubric: [{ criterionId: '', title: 'Isi', points: 6 }] }))).toEqual(['rubric']);
    expect(fields(content({ type: 'essay', points: 10, rubric: [{ criterionId: '', title: ' ', points: 11 }, { criterionId: '', title: 'B', points: -1 }] }))).toEqual(['rubric.0.title', 'rubric.1.points']);
  });

  it('gives every problem in both languages', () => {
    for (const { message } of checkQuestionContent(content({ type: 'single_choice', prompt: '', points: -1 }))) {
      expect(message.id).toBeTruthy();
      expect(message.en).toBeTruthy();
      expect(message.id).not.toBe(message.en);
    }
  });
});

describe('withContentIds', () => {
  it('fills blank and repeated ids, keeps the others', () => {
    let n = 0;
    const random = () => ((n++ * 7) % 36) / 36;
    const filled = withContentIds(
      content({
        type: 'single_choice',
        options: [{ optionId: 'keep', text: 'A', correct: true }, option('B'), { optionId: 'keep', text: 'C', correct: false }],
        pairs: [{ pairId: ' ', prompt: 'P', answer: 'J' }],
        orderItems: [{ itemId: '', text: 'I' }],
        rubric: [{ criterionId: '', title: 'R', points: 1 }],
      }),
      random,
    );
    const optionIds = filled.options.map(({ optionId }) => optionId);
    expect(optionIds[0]).toBe('keep');
    expect(new Set(optionIds).size).toBe(3);
    expect(optionIds.every((id) => /^[a-z0-9]{12,}$/.test(id) || id === 'keep')).toBe(true);
    expect(filled.pairs[0].pairId).toMatch(/^[a-z0-9]{12,}$/);
    expect(filled.orderItems[0].itemId).toMatch(/^[a-z0-9]{12,}$/);
    expect(filled.rubric[0].criterionId).toMatch(/^[a-z0-9]{12,}$/);
    expect(filled.options.map(({ text }) => text)).toEqual(['A', 'B', 'C']);
  });

  it('keeps ids distinct even with a source that never changes', () => {
    const filled = withContentIds(content({ type: 'ordering', orderItems: [{ itemId: '', text: 'A' }, { itemId: '', text: 'B' }, { itemId: '', text: 'C' }] }), () => 0);
    expect(new Set(filled.orderItems.map(({ itemId }) => itemId)).size).toBe(3);
  });
});
