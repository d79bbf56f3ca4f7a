import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RotateSigningKeyDocument } from '../../gql/generated';
import type { SigningKeyFieldsFragment } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';
import { reasonProblem } from '../certificates/certificate-reason';
import { ReasonTextarea } from '../certificates/reason-textarea';

export interface RotateKeyDialogProps {
  agencyId: string;
  activeKeyId: string;
  onClose: () => void;
  /** After the key list shows the new key. */
  onDone: (newKey: SigningKeyFieldsFragment) => void;
}

/** "Ganti kunci": asks why (the reason goes into the audit log), then rotates and refreshes the key list. */
export function RotateKeyDialog({ agencyId, activeKeyId, onClose, onDone }: RotateKeyDialogProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  // Awaited so the dialog closes on a list that already shows the new key.
  const [rotate, { loading: saving, error }] = useMutation(RotateSigningKeyDocument, { refetchQueries: ['SigningKeys'], awaitRefetchQueries: true });
  const problem = reasonProblem(reason);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem || saving) return;
    try {
      const { data } = await rotate({ variables: { agencyId, reason: reason.trim() } });
      if (data) onDone(data.rotateSigningKey);
    } catch {
      // Shown from the mutation's error below; the reason stays in the field.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('certificateAdmin.keys.rotation.dialogTitle')}
      centered
      closeOnClickOutside={!saving}
      closeOnEscape={!saving}
      withCloseButton={!saving}
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="rotate-key-form">
        <Stack gap="sm">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('certificateAdmin.keys.rotation.dialogIntro', { keyId: activeKeyId })}
          </Text>
          <ReasonTextarea
            label={t('certificateAdmin.keys.rotation.reasonLabel')}
            description={t('certificateAdmin.keys.rotation.reasonHint')}
            placeholder={t('certificateAdmin.keys.rotation.reasonPlaceholder')}
            value={reason}
            onValueChange={setReason}
            onBlur={() => {
              setTouched(true);
            }}
            showProblem={touched}
            data-testid="rotate-key-reason"
          />
          {error && (
            <Alert color="red" variant="light" data-testid="rotate-key-error">
              {describeError(error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={saving} data-testid="rotate-key-submit">
              {t('certificateAdmin.keys.rotation.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
