import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerState } from './answer-value';

export interface SubmitDialogProps {
  opened: boolean;
  states: readonly AnswerState[];
  offline: boolean;
  onConfirm: () => void;
  onClose: () => void;
  onGoTo: (index: number) => void;
}

/** "Kumpulkan jawaban?": the questions still unanswered (each a link back to it), then confirm. */
export function SubmitDialog({ opened, states, offline, onConfirm, onClose, onGoTo }: SubmitDialogProps) {
  const { t } = useTranslation();
  const open = states.map((state, index) => ({ state, index })).filter(({ state }) => state !== 'answered');

  return (
    <Modal opened={opened} onClose={onClose} title={t('quiz.submitDialog.title')} centered size="md">
      <Stack gap="md">
        {open.length === 0 ? (
          <Text size="sm">{t('quiz.submitDialog.allAnswered')}</Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('quiz.submitDialog.unanswered', { count: open.length })}
            </Text>
            <List size="sm" spacing={4} data-testid="quiz-unanswered-list">
              {open.map(({ state, index }) => (
                <List.Item key={index}>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => {
                      onClose();
                      onGoTo(index);
                    }}
                  >
                    {t('quiz.navigator.question', { number: index + 1 })}
                    {state === 'partial' && ` (${t('quiz.submitDialog.partial')})`}
                  </Button>
                </List.Item>
              ))}
            </List>
            <Text size="sm">{t('quiz.submitDialog.warning')}</Text>
          </Stack>
        )}
        {offline && (
          <Alert color="orange" variant="light">
            {t('quiz.submitDialog.offline')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('quiz.submitDialog.cancel')}
          </Button>
          <Button onClick={onConfirm} data-testid="quiz-confirm-submit">
            {t('quiz.submitDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
