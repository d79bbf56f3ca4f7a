/// <reference types="jest" />
import { drawShortfalls, isoOf, newDraw, pickerValueOf, quizSettingsChanged, quizSettingsInputOf, quizSettingsValuesOf, validateQuizSettings } from './quiz-settings-form';
import type { QuizSettingsValues, SavedQuizSettings } from './quiz-settings-form';

const saved: SavedQuizSettings = {
  __typename: 'QuizSettings',
  selection: 'FIXED',
  questionIds: ['q1', 'q2'],
  draws: [],
  shuffleQuestions: false,
  shuffleOptions: true,
  layout: 'ONE_PER_PAGE',
  timeLimitMinutes: 30,
  maxAttempts: null,
  passingPercent: 70,
  opensAt: '2026-11-02T01:00:00.000Z',
  closesAt: null,
  scoring: 'HIGHEST',
  review: 'AFTER_ATTEMPT',
  correctAnswers: 'AFTER_PASSING',
  role: 'PRE_TEST',
};

const values = (changes: Partial<QuizSettingsValues> = {}): QuizSettingsValues => ({ ...quizSettingsValuesOf(saved), ...changes });

describe('quiz settings form ↔ QuizSettingsInput', () => {
  it('sends back exactly what the draft has when nothing changed', () => {
    const { __typename: _, draws: _draws, ...rest } = saved;
    expect(quizSettingsInputOf(values())).toEqual({ ...rest, draws: [] });
    expect(quizSettingsChanged(values(), saved)).toBe(false);
  });

  it('empty number fields are null (no limit), and a change is noticed', () => {
    const input = quizSettingsInputOf(values({ timeLimitMinutes: '', maxAttempts: 3 }));
    expect(input.timeLimitMinutes).toBeNull();
    expect(input.maxAttempts).toBe(3);
    expect(quizSettingsChanged(values({ maxAttempts: 3 }), saved)).toBe(true);
  });

  it('only the chosen selection list is sent', () => {
    const random = quizSettingsInputOf(values({ selection: 'RANDOM', draws: [newDraw(' dasar ', '5')] }));
    expect(random.questionIds).toEqual([]);
    expect(random.draws).toEqual([{ tag: 'dasar', count: 5 }]);
    expect(quizSettingsInputOf(values({ draws: [newDraw('dasar', 5)] })).draws).toEqual([]);
  });

  it('date-times go through the picker in local time and come back as the same instant', () => {
    expect(isoOf(pickerValueOf(saved.opensAt))).toBe(saved.opensAt);
    expect(isoOf(null)).toBeNull();
    expect(pickerValueOf(null)).toBeNull();
  });
});

describe('validateQuizSettings', () => {
  it('accepts the saved settings', () => {
    expect(validateQuizSettings(values())).toEqual({});
  });

  it.each<[string, Partial<QuizSettingsValues>, object]>([
    ['a time limit of 0', { timeLimitMinutes: 0 }, { timeLimitMinutes: 'timeLimit' }],
    ['a time limit over a day', { timeLimitMinutes: 1441 }, { timeLimitMinutes: 'timeLimit' }],
    ['101 attempts', { maxAttempts: 101 }, { maxAttempts: 'maxAttempts' }],
    ['a passing score of 101', { passingPercent: 101 }, { passingPercent: 'passingPercent' }],
    ['an empty passing score', { passingPercent: '' }, { passingPercent: 'passingPercent' }],
    ['closing before opening', { opensAt: '2026-11-02 10:00:00', closesAt: '2026-11-02 09:00:00' }, { closesAt: 'closesBeforeOpens' }],
    ['after-close review without a closing time', { review: 'AFTER_CLOSE', correctAnswers: 'AFTER_CLOSE' }, { review: 'afterCloseNeedsClose', correctAnswers: 'afterCloseNeedsClose' }],
    ['random without draws', { selection: 'RANDOM', draws: [] }, { draws: 'drawsCount' }],
    ['a draw without a tag', { selection: 'RANDOM', draws: [newDraw('', 2)] }, { draws: 'drawTag' }],
    ['a draw of 0', { selection: 'RANDOM', draws: [newDraw('a', 0)] }, { draws: 'drawCount' }],
    ['a tag twice', { selection: 'RANDOM', draws: [newDraw('a', 1), newDraw('a', 2)] }, { draws: 'drawTagTwice' }],
    ['201 fixed questions', { questionIds: Array.from({ length: 201 }, (_, index) => `q${String(index)}`) }, { questionIds: 'tooManyQuestions' }],
  ])('refuses %s', (_name, changes, problems) => {
    expect(validateQuizSettings(values(changes))).toEqual(problems);
  });

  it('after-close review is fine with a closing time', () => {
    expect(validateQuizSettings(values({ review: 'AFTER_CLOSE', closesAt: '2026-12-01 17:00:00' }))).toEqual({});
  });
});

describe('drawShortfalls', () => {
  it('names the draws asking for more questions than their tag has', () => {
    const enough = newDraw('dasar', 3);
    const short = newDraw('lanjut', 5);
    const unknown = newDraw('hilang', 1);
    const result = drawShortfalls([enough, short, unknown, newDraw('', 9)], new Map([['dasar', 3], ['lanjut', 2]]));
    expect([...result.entries()]).toEqual([
      [short.rowKey, 2],
      [unknown.rowKey, 0],
    ]);
  });
});
