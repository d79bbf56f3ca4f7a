import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignOutEverywhere } from '../auth/use-sign-out';
import { useErrorMessage } from '../../lib/use-error-message';

export interface SignOutEverywhereModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Confirms "sign out on all devices", this one included, and says if it failed. */
export function SignOutEverywhereModal({ opened, onClose }: SignOutEverywhereModalProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const { signOutEverywhere, loading, error, reset } = useSignOutEverywhere();

  const handleClose = () => {
    reset();
    onClose();
  };

  const handleConfirm = async () => {
    if (await signOutEverywhere()) onClose();
  };

  return (
    <Modal opened={opened} onClose={handleClose} title={t('account.signOutEverywhereTitle')} centered>
      <Stack gap="md">
        <Text size="sm">{t('account.signOutEverywhereDescription')}</Text>
        {error && (
          <Alert color="red" variant="light">
            {describeError(error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={handleClose}>
            {t('form.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void handleConfirm()}>
            {t('account.signOutEverywhere')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
