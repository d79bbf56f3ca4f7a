import { lessonKinds, type LessonKind } from '@lentera/db';
import { DomainError } from '@lentera/errors';
import { VIDEO_DONE_SHARE, completesLesson, eventFromLearnerReport, type LessonEvent } from './lesson-completion';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('what "done" means for each kind of lesson', () => {
  it('knows every lesson kind the database has', () => {
    const covered: Record<LessonKind, true> = { text: true, document: true, video: true, quiz: true, link: true };
    expect(Object.keys(covered).sort()).toEqual([...lessonKinds].sort());
  });

  it.each(lessonKinds)('a %s lesson: a visit alone is never done', (kind) => {
    expect(eventFromLearnerReport(kind, false)).toEqual({ type: 'visited' });
    expect(completesLesson(kind, { type: 'visited' })).toBe(false);
  });

  it.each(['text', 'document'] as const)('a %s lesson is done when the learner reached its end', (kind) => {
    const event = eventFromLearnerReport(kind, true);
    expect(event).toEqual({ type: 'reached_end' });
    expect(completesLesson(kind, event)).toBe(true);
  });

  it('a link lesson is done when the learner opened the link', () => {
    const event = eventFromLearnerReport('link', true);
    expect(event).toEqual({ type: 'opened' });
    expect(completesLesson('link', event)).toBe(true);
  });

  it('a video lesson is done only when the player reports enough of it watched', () => {
    const error = refusal(() => eventFromLearnerReport('video', true));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.localized.id).toMatch(/^Pelajaran video selesai setelah ditonton/);
    expect(error.localized.en).toMatch(/watched/);
    expect(completesLesson('video', { type: 'watched', share: VIDEO_DONE_SHARE - 0.01 })).toBe(false);
    expect(completesLesson('video', { type: 'watched', share: VIDEO_DONE_SHARE })).toBe(true);
    expect(completesLesson('video', { type: 'watched', share: 1 })).toBe(true);
    expect(refusal(() => completesLesson('video', { type: 'watched', share: 1.5 })).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => completesLesson('video', { type: 'watched', share: Number.NaN })).code).toBe('BAD_USER_INPUT');
  });

  it('a quiz lesson is done only when the grader passed the attempt', () => {
    const error = refusal(() => eventFromLearnerReport('quiz', true));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.localized.id).toMatch(/kuis/i);
    expect(completesLesson('quiz', { type: 'quiz_passed' })).toBe(true);
  });

  it.each<[LessonKind, LessonEvent]>([
    ['text', { type: 'opened' }],
    ['link', { type: 'reached_end' }],
    ['document', { type: 'watched', share: 1 }],
    ['text', { type: 'quiz_passed' }],
    ['video', { type: 'reached_end' }],
    ['quiz', { type: 'reached_end' }],
  ])('refuses an event that does not fit: %s lesson, %o', (kind, event) => {
    expect(refusal(() => completesLesson(kind, event)).code).toBe('BAD_USER_INPUT');
  });
});
