import { countedAttempt } from './counted-attempt';

const attempt = (number: number, percent: number | null, status = 'graded') => ({ number, percent, status });

describe('countedAttempt', () => {
  const attempts = [attempt(1, 60), attempt(2, 80), attempt(3, 80), attempt(4, 40), attempt(5, null, 'awaiting_grading'), attempt(6, null, 'in_progress')];

  it('highest: the best percent, the earliest of a tie', () => {
    expect(countedAttempt(attempts, 'highest')?.number).toBe(2);
  });

  it('last: the graded attempt with the highest number', () => {
    expect(countedAttempt(attempts, 'last')?.number).toBe(4);
  });

  it('counts only graded attempts', () => {
    expect(countedAttempt([attempt(1, null, 'awaiting_grading'), attempt(2, 90, 'submitted')], 'highest')).toBeNull();
    expect(countedAttempt([], 'last')).toBeNull();
  });

  it('does not depend on the order it is given', () => {
    expect(countedAttempt([...attempts].reverse(), 'highest')?.number).toBe(2);
    expect(countedAttempt([...attempts].reverse(), 'last')?.number).toBe(4);
  });
});
