import type { QuizLayout } from '../../gql/generated';
import { browserStorage } from './answer-queue';

/** The learner's own choice of layout (one per screen / all on one page) survives a reload of the attempt. */
const layoutKey = (attemptId: string) => `lentera.quiz-layout.${attemptId}`;

export function readLayoutChoice(attemptId: string): QuizLayout | null {
  try {
    const value = browserStorage()?.getItem(layoutKey(attemptId));
    return value === 'ONE_PER_PAGE' || value === 'ALL_ON_PAGE' ? value : null;
  } catch {
    return null;
  }
}

export function saveLayoutChoice(attemptId: string, layout: QuizLayout): void {
  try {
    browserStorage()?.setItem(layoutKey(attemptId), layout);
  } catch {
    // Not worth an error: the quiz's own layout shows after a reload.
  }
}

/** The attempt is over: nothing to remember. */
export function forgetLayoutChoice(attemptId: string): void {
  try {
    browserStorage()?.removeItem(layoutKey(attemptId));
  } catch {
    // Blocked storage holds nothing anyway.
  }
}
