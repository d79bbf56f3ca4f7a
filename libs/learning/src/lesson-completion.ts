import type { LessonKind } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';

/**
 * The one place where a lesson's kind decides what "done" means. Clients report what happened
 * in a lesson; jobs report what they established (a quiz graded, a video watched). Every report
 * becomes one of these events, and `completesLesson` says whether it makes the lesson done.
 */
export type LessonEvent =
  /** The learner spent time in the lesson; nothing more is claimed. */
  | { type: 'visited' }
  /** The learner reached the end of the text or the document. */
  | { type: 'reached_end' }
  /** The learner opened the external link. */
  | { type: 'opened' }
  /** The player reports how much of the video was watched, 0..1 (issue 5). */
  | { type: 'watched'; share: number }
  /** The grading worker passed the learner's quiz attempt (issue 6). */
  | { type: 'quiz_passed' };

/** A video counts as watched once this share of it played. */
export const VIDEO_DONE_SHARE = 0.9;

/**
 * What a learner's client report means for a lesson of this kind: a report without the end
 * reached is a visit; with it, the end of a text or document, or the opening of a link. Video
 * and quiz lessons are done only when the player or the grader says so, never by a client's word.
 */
export function eventFromLearnerReport(kind: LessonKind, reachedEnd: boolean): LessonEvent {
  if (!reachedEnd) return { type: 'visited' };
  switch (kind) {
    case 'text':
    case 'document':
      return { type: 'reached_end' };
    case 'link':
      return { type: 'opened' };
    case 'video':
      throw notReportable({
        id: 'Pelajaran video selesai setelah ditonton sampai akhir di pemutar, bukan dengan menandainya selesai.',
        en: 'A video lesson is done once it has been watched in the player, not by marking it done.',
      });
    case 'quiz':
      throw notReportable({
        id: 'Pelajaran kuis selesai setelah kuisnya dinilai lulus, bukan dengan menandainya selesai.',
        en: 'A quiz lesson is done once the quiz is graded as passed, not by marking it done.',
      });
  }
}

/** Whether the event makes a lesson of this kind done. An event that does not fit the kind is refused. */
export function completesLesson(kind: LessonKind, event: LessonEvent): boolean {
  if (event.type === 'visited') return false;
  if (!eventFits(kind, event)) {
    throw new DomainError(
      ErrorCode.BadUserInput,
      { id: 'Laporan kemajuan ini tidak sesuai dengan jenis pelajarannya.', en: 'This progress report does not fit the kind of lesson.' },
      { kind, event: event.type },
    );
  }
  return event.type === 'watched' ? event.share >= VIDEO_DONE_SHARE : true;
}

function eventFits(kind: LessonKind, event: Exclude<LessonEvent, { type: 'visited' }>): boolean {
  switch (event.type) {
    case 'reached_end':
      return kind === 'text' || kind === 'document';
    case 'opened':
      return kind === 'link';
    case 'watched':
      return kind === 'video' && Number.isFinite(event.share) && event.share >= 0 && event.share <= 1;
    case 'quiz_passed':
      return kind === 'quiz';
  }
}

function notReportable(message: { id: string; en: string }): DomainError {
  return new DomainError(ErrorCode.BadUserInput, message, { field: 'reachedEnd' });
}
