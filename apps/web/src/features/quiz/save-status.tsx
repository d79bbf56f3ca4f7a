import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/use-error-message';
import type { SyncStatus } from './answer-sync';
import { useQuizFormat } from './quiz-format';

const COLORS = { idle: 'dimmed', saving: 'dimmed', saved: 'teal.8', offline: 'orange.9', error: 'red.8' } as const;

/** The autosave indicator: Menyimpan… / Tersimpan 10.31 / Offline / Gagal menyimpan (the server's words). */
export function SaveStatus({ status, onRetry }: { status: SyncStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  const describeError = useErrorMessage();
  const { state } = status;
  const text =
    state === 'saving'
      ? t('quiz.save.saving')
      : state === 'saved' && status.savedAt
        ? t('quiz.save.saved', { time: format.time(status.savedAt) })
        : state === 'offline'
          ? t('quiz.save.offline')
          : state === 'error'
            ? t('quiz.save.error', { message: describeError(status.error) })
            : t('quiz.save.idle');

  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite">
      {state === 'saving' && <Loader size={12} aria-hidden="true" />}
      <Text size="xs" c={COLORS[state]} fw={state === 'offline' || state === 'error' ? 600 : 400} data-testid="quiz-save-status" data-state={state}>
        {text}
      </Text>
      {state === 'error' && !status.closed && (
        <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
          {t('quiz.save.retry')}
        </Button>
      )}
    </Group>
  );
}

export function LateAnswersNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" data-testid="quiz-late">
      {t('quiz.save.late')}
    </Alert>
  );
}
