import { createContext, useContext } from 'react';
import type { AuthoringCourseEditorFragment } from '../../gql/generated';

/** Why the last change did not go through. */
export type EditingProblem = { kind: 'conflict' } | { kind: 'error'; error: unknown };

/** What the parts of the course editor share: the draft, and one way to send a change. */
export interface CourseEditing {
  course: AuthoringCourseEditorFragment;
  /** An archived course cannot be changed. */
  readOnly: boolean;
  /** A change is on its way to the server. */
  saving: boolean;
  problem: EditingProblem | null;
  /**
   * Sends one change with the revision the page has at that moment; changes
   * run one after another, so each names the revision its predecessor produced.
   * Resolves with the answer, or null when it failed (see `problem`).
   */
  run: <T>(send: (revision: number) => Promise<T>) => Promise<T | null>;
  /** Loads the draft again after a CONFLICT; open forms keep what was typed. */
  reload: () => Promise<void>;
  dismissProblem: () => void;
}

export const CourseEditingContext = createContext<CourseEditing | null>(null);

export function useCourseEditing(): CourseEditing {
  const editing = useContext(CourseEditingContext);
  if (!editing) throw new Error('useCourseEditing: render inside <CourseEditingContext>');
  return editing;
}
