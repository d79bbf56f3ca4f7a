import { ActionIcon, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerInputProps } from './question-inputs';

/**
 * ORDERING: the items with "up" and "down" buttons (keyboard and screen reader friendly, no drag
 * library). Until the learner moves an item, or keeps the order shown, the question is unanswered.
 */
export function OrderingInput({ question, draft, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const byId = new Map(question.orderItems.map((item) => [item.id, item]));
  const saved = draft.order.filter((id) => byId.has(id));
  const order = saved.length === question.orderItems.length ? saved : question.orderItems.map((item) => item.id);
  const answered = draft.order.length > 0;

  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    onChange({ ...draft, order: next });
    setAnnouncement(t('quiz.question.moved', { item: byId.get(item)?.text ?? '', position: index + by + 1, total: next.length }));
  };

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('quiz.question.orderingHint')}
      </Text>
      <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {order.map((id, index) => {
          const text = byId.get(id)?.text ?? '';
          return (
            <Paper key={id} component="li" withBorder radius="md" p="xs" data-testid="quiz-order-item">
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Group gap="xs" wrap="nowrap">
                  <Text fw={700} size="sm" w={24} ta="center" aria-hidden="true">
                    {index + 1}.
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {text}
                  </Text>
                </Group>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('quiz.question.moveUp', { item: text })}
                    disabled={disabled || index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('quiz.question.moveDown', { item: text })}
                    disabled={disabled || index === order.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {!answered && (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('quiz.question.orderNotAnswered')}
          </Text>
          <Button size="xs" variant="light" disabled={disabled} onClick={() => onChange({ ...draft, order })}>
            {t('quiz.question.orderKeep')}
          </Button>
        </Group>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
    </Stack>
  );
}
