/// <reference types="jest" />
import type { QuestionType } from '../../gql/generated';
import { answerState, draftFrom, emptyDraft, mergeAnswers, toAnswerInput } from './answer-value';

const question = (type: QuestionType, prompts = 0) => ({
  type,
  matchPrompts: Array.from({ length: prompts }, (_, index) => ({ id: `p${index}` })),
});

describe('answerState', () => {
  it('is unanswered without a draft, for every type', () => {
    for (const type of ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'NUMERIC', 'MATCHING', 'ORDERING', 'ESSAY'] as const) {
      expect(answerState(question(type, 2), undefined)).toBe('unanswered');
      expect(answerState(question(type, 2), emptyDraft('q'))).toBe('unanswered');
    }
  });

  it('judges each type by its own field', () => {
    expect(answerState(question('SINGLE_CHOICE'), { ...emptyDraft('q'), optionIds: ['a'] })).toBe('answered');
    expect(answerState(question('MULTIPLE_CHOICE'), { ...emptyDraft('q'), optionIds: ['a', 'b'] })).toBe('answered');
    expect(answerState(question('TRUE_FALSE'), { ...emptyDraft('q'), booleanValue: false })).toBe('answered');
    expect(answerState(question('SHORT_ANSWER'), { ...emptyDraft('q'), text: '   ' })).toBe('unanswered');
    expect(answerState(question('SHORT_ANSWER'), { ...emptyDraft('q'), text: 'Jakarta' })).toBe('answered');
    expect(answerState(question('ESSAY'), { ...emptyDraft('q'), text: 'Esai' })).toBe('answered');
    expect(answerState(question('NUMERIC'), { ...emptyDraft('q'), number: 0 })).toBe('answered');
    expect(answerState(question('NUMERIC'), { ...emptyDraft('q'), number: Number.NaN })).toBe('unanswered');
    expect(answerState(question('ORDERING'), { ...emptyDraft('q'), order: ['b', 'a'] })).toBe('answered');
    // The answer of another type does not count.
    expect(answerState(question('TRUE_FALSE'), { ...emptyDraft('q'), text: 'benar' })).toBe('unanswered');
  });

  it('calls a matching question with some prompts left partly answered', () => {
    const matching = question('MATCHING', 3);
    const one = { ...emptyDraft('q'), matches: [{ promptId: 'p0', choiceId: 'c1' }] };
    const all = { ...emptyDraft('q'), matches: ['p0', 'p1', 'p2'].map((promptId) => ({ promptId, choiceId: 'c' })) };
    expect(answerState(matching, one)).toBe('partial');
    expect(answerState(matching, all)).toBe('answered');
  });
});

describe('toAnswerInput', () => {
  const draft = { ...emptyDraft('q1'), optionIds: ['a'], booleanValue: true, text: 'x', number: 3.5, order: ['i2'], matches: [{ promptId: 'p', choiceId: 'c' }] };

  it('sends only the field of the question type', () => {
    expect(toAnswerInput('SINGLE_CHOICE', draft)).toEqual({ questionId: 'q1', optionIds: ['a'] });
    expect(toAnswerInput('TRUE_FALSE', draft)).toEqual({ questionId: 'q1', booleanValue: true });
    expect(toAnswerInput('NUMERIC', draft)).toEqual({ questionId: 'q1', number: 3.5 });
    expect(toAnswerInput('MATCHING', draft)).toEqual({ questionId: 'q1', matches: [{ promptId: 'p', choiceId: 'c' }] });
    expect(toAnswerInput('ORDERING', draft)).toEqual({ questionId: 'q1', order: ['i2'] });
    expect(toAnswerInput('ESSAY', draft)).toEqual({ questionId: 'q1', text: 'x' });
  });

  it('sends an empty value to clear an answer', () => {
    expect(toAnswerInput('SHORT_ANSWER', emptyDraft('q1'))).toEqual({ questionId: 'q1', text: '' });
    expect(toAnswerInput('NUMERIC', emptyDraft('q1'))).toEqual({ questionId: 'q1', number: null });
    expect(toAnswerInput('MULTIPLE_CHOICE', emptyDraft('q1'))).toEqual({ questionId: 'q1', optionIds: [] });
  });
});

describe('mergeAnswers', () => {
  it('puts the unsent answers of this device over the saved ones', () => {
    const saved = [
      { questionId: 'q1', optionIds: ['a'], booleanValue: null, text: null, number: null, matches: [], order: [], savedAt: 'x' },
      { questionId: 'q2', optionIds: [], booleanValue: null, text: 'lama', number: null, matches: [], order: [], savedAt: 'x' },
    ];
    const merged = mergeAnswers(saved, [{ questionId: 'q2', text: 'baru' }, { questionId: 'q3', number: 2 }]);
    expect(merged.get('q1')?.optionIds).toEqual(['a']);
    expect(merged.get('q2')?.text).toBe('baru');
    expect(merged.get('q3')).toEqual({ ...emptyDraft('q3'), number: 2 });
    expect(draftFrom({ questionId: 'q4' })).toEqual(emptyDraft('q4'));
  });
});
