import { quizDeadline } from './deadline';

describe('quizDeadline', () => {
  const startedAt = new Date('2025-03-01T08:00:00Z');

  it('is the start plus the time limit, or the closing time when that comes first', () => {
    expect(quizDeadline(startedAt, { timeLimitMinutes: 30, closesAt: null })).toEqual(new Date('2025-03-01T08:30:00Z'));
    expect(quizDeadline(startedAt, { timeLimitMinutes: 30, closesAt: new Date('2025-03-01T08:10:00Z') })).toEqual(new Date('2025-03-01T08:10:00Z'));
    expect(quizDeadline(startedAt, { timeLimitMinutes: 30, closesAt: new Date('2025-03-02T00:00:00Z') })).toEqual(new Date('2025-03-01T08:30:00Z'));
    expect(quizDeadline(startedAt, { timeLimitMinutes: null, closesAt: new Date('2025-03-02T00:00:00Z') })).toEqual(new Date('2025-03-02T00:00:00Z'));
  });

  it('is null without a time limit or a closing time', () => {
    expect(quizDeadline(startedAt, { timeLimitMinutes: null, closesAt: null })).toBeNull();
  });
});
