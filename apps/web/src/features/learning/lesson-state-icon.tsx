import { ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LessonState } from '../../gql/generated';

/** What a learner sees of a lesson in an outline: its progress, or that it is still locked. */
export type LessonDisplayState = LessonState | 'LOCKED';

const COLORS: Record<LessonDisplayState, string> = {
  DONE: 'teal.8',
  IN_PROGRESS: 'indigo.8',
  NOT_STARTED: 'gray.6',
  LOCKED: 'gray.6',
};

// Small inline icons: the app has no icon library, and four glyphs do not justify one.
const PATHS: Record<LessonDisplayState, string> = {
  DONE: 'M5 12.5l4.2 4.2L19 7',
  IN_PROGRESS: 'M12 4a8 8 0 0 1 0 16z',
  NOT_STARTED: '',
  LOCKED: 'M8 11V8a4 4 0 0 1 8 0v3M7 11h10v8H7z',
};

export interface LessonStateIconProps {
  state: LessonDisplayState;
  size?: number;
}

/** A round icon for a lesson's state, named for screen readers (and as a tooltip). */
export function LessonStateIcon({ state, size = 24 }: LessonStateIconProps) {
  const { t } = useTranslation();
  const label = t(`learning.lessonState.${state}`);
  const filled = state === 'DONE';

  return (
    <ThemeIcon
        size={size}
        radius="xl"
        variant={filled ? 'filled' : 'outline'}
        color={COLORS[state]}
        role="img"
        aria-label={label}
        title={label}
        data-lesson-state={state}
        style={{ flexShrink: 0 }}
      >
        <svg
          width={size * 0.6}
          height={size * 0.6}
          viewBox="0 0 24 24"
          fill={state === 'IN_PROGRESS' ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth={2.4}
          strokeLinecap="round"
          strokeLinejoin="round"
          aria-hidden="true"
        >
          {PATHS[state] && <path d={PATHS[state]} />}
        </svg>
    </ThemeIcon>
  );
}

/** The state to show for a lesson, or null when the viewer is not enrolled (no progress to show). */
export function lessonDisplayState(progress: { state: LessonState; locked: boolean } | null): LessonDisplayState | null {
  if (!progress) return null;
  if (progress.locked && progress.state !== 'DONE') return 'LOCKED';
  return progress.state;
}
