import { Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from './countdown';
import type { Countdown } from './use-countdown';

/**
 * The time left, large enough to see at a glance on a phone. Screen readers hear it once a
 * minute (not every second) and once at the one-minute warning.
 */
export function QuizCountdown({ countdown }: { countdown: Countdown }) {
  const { t } = useTranslation();
  const { remainingMs, warning } = countdown;
  const shown = remainingMs === null ? '--:--' : formatCountdown(remainingMs);
  const spokenMinute = remainingMs === null ? '' : formatCountdown(Math.ceil(remainingMs / 60_000) * 60_000);

  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="dimmed" aria-hidden="true">
        {t('quiz.countdown.label')}
      </Text>
      <Text
        fw={700}
        size="lg"
        ff="monospace"
        c={warning ? 'red.8' : undefined}
        role="timer"
        aria-label={t('quiz.countdown.remaining', { time: shown })}
        data-testid="quiz-countdown"
        data-warning={warning || undefined}
        data-remaining-ms={remainingMs ?? undefined}
      >
        {shown}
      </Text>
      <VisuallyHidden aria-live="polite">{warning ? t('quiz.countdown.warning') : spokenMinute && t('quiz.countdown.remaining', { time: spokenMinute })}</VisuallyHidden>
    </Group>
  );
}
