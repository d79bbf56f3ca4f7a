import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReissueCertificateDocument, RevokeCertificateDocument } from '../../gql/generated';
import type { CertificateRowFragment } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';
import { reasonProblem } from './certificate-reason';
import { ReasonTextarea } from './reason-textarea';

export type ReasonAction = 'revoke' | 'reissue';

export interface ReasonDialogProps {
  certificate: CertificateRowFragment;
  action: ReasonAction;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Revoking or re-issuing asks why: the reason is audited and shown on the public page. */
export function ReasonDialog({ certificate, action, onClose, onDone }: ReasonDialogProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const refetchQueries = ['AgencyCertificates'];
  const [revoke, revoking] = useMutation(RevokeCertificateDocument, { refetchQueries });
  const [reissue, reissuing] = useMutation(ReissueCertificateDocument, { refetchQueries });
  const saving = revoking.loading || reissuing.loading;
  const failure = action === 'revoke' ? revoking.error : reissuing.error;
  const problem = reasonProblem(reason);
  const number = certificate.number ?? '';

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    const variables = { id: certificate.id, reason: reason.trim() };
    try {
      if (action === 'revoke') {
        await revoke({ variables });
        onDone(t('certificates.reason.revoked', { number }));
      } else {
        await reissue({ variables });
        onDone(t('certificates.reason.reissued'));
      }
    } catch {
      // Shown from the mutation's error below.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={action === 'revoke' ? t('certificates.reason.revokeTitle', { number }) : t('certificates.reason.reissueTitle', { number })}
      centered
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="certificate-reason-form">
        <Stack gap="sm">
          <Text size="sm">{action === 'revoke' ? t('certificates.reason.revokeIntro') : t('certificates.reason.reissueIntro')}</Text>
          <Text size="sm" fw={600}>
            {certificate.participantName} · {certificate.courseTitle}
          </Text>
          <ReasonTextarea
            label={t('certificates.reason.label')}
            placeholder={t('certificates.reason.placeholder')}
            value={reason}
            onValueChange={setReason}
            onBlur={() => {
              setTouched(true);
            }}
            showProblem={touched}
            data-testid="certificate-reason-input"
          />
          {failure && (
            <Alert color="red" variant="light" data-testid="certificate-reason-error">
              {describeError(failure)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color={action === 'revoke' ? 'red' : undefined} loading={saving} data-testid="certificate-reason-submit">
              {action === 'revoke' ? t('certificates.reason.confirmRevoke') : t('certificates.reason.confirmReissue')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
