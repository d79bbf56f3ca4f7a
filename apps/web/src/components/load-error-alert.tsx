import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/use-error-message';

interface LoadErrorAlertProps {
  error: unknown;
  onRetry: () => void;
  title?: string;
}

/** A list or page that could not load: what went wrong, and a button to try again. */
export function LoadErrorAlert({ error, onRetry, title }: LoadErrorAlertProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  return (
    <Alert color="red" variant="light" title={title}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describeError(error)}</Text>
        <Button size="xs" color="red" onClick={onRetry}>
          {t('form.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
