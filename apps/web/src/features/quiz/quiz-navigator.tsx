import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerState } from './answer-value';

export interface QuizNavigatorProps {
  states: readonly AnswerState[];
  current: number;
  onSelect: (index: number) => void;
}

/** Numbered buttons, one per question: filled when answered, light when partly, outlined when not; the current one ringed. */
export function QuizNavigator({ states, current, onSelect }: QuizNavigatorProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('quiz.navigator.label')} data-testid="quiz-navigator">
      <Group gap={6}>
        {states.map((state, index) => {
          const number = index + 1;
          const isCurrent = index === current;
          return (
            <Button
              key={number}
              size="compact-md"
              miw={40}
              px={6}
              variant={state === 'answered' ? 'filled' : state === 'partial' ? 'light' : 'default'}
              aria-label={t(`quiz.navigator.${state}`, { number })}
              aria-current={isCurrent ? 'step' : undefined}
              data-state={state}
              data-current={isCurrent || undefined}
              onClick={() => onSelect(index)}
              style={isCurrent ? { outline: '3px solid var(--mantine-color-orange-6)', outlineOffset: 2 } : undefined}
            >
              {number}
            </Button>
          );
        })}
      </Group>
      <Text size="xs" c="dimmed" mt={6} aria-hidden="true">
        ■ {t('quiz.navigator.legendAnswered')} · □ {t('quiz.navigator.legendUnanswered')} · ◎ {t('quiz.navigator.legendCurrent')}
      </Text>
    </nav>
  );
}
