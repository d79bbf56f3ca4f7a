import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { IssuePasswordResetDocument } from '../../gql/generated';
import { formatDateTime } from '../../lib/format-date';
import { useErrorMessage } from '../../lib/use-error-message';
import { currentLanguage } from '../../i18n/i18n';

export interface PasswordResetLinkPanelProps {
  agencyId: string;
  user: { id: string; fullName: string };
}

/**
 * Issues a one-time "set a new password" link for a user and shows it to the
 * admin to hand over (new accounts get their first password this way too).
 */
export function PasswordResetLinkPanel({ agencyId, user }: PasswordResetLinkPanelProps) {
  const { t, i18n } = useTranslation();
  const describeError = useErrorMessage();
  const [issue, { data, loading, error }] = useMutation(IssuePasswordResetDocument);
  const link = data?.issuePasswordReset;

  const handleIssue = async () => {
    try {
      await issue({ variables: { agencyId, userId: user.id } });
    } catch {
      // Shown through `error`.
    }
  };

  if (!link) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('resetLink.explanation', { name: user.fullName })}</Text>
        {error && (
          <Alert color="red" variant="light" w="100%">
            {describeError(error)}
          </Alert>
        )}
        <Button variant="light" loading={loading} onClick={() => void handleIssue()}>
          {t('resetLink.issue')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('resetLink.label', { name: user.fullName })}
          value={link.url}
          readOnly
          style={{ flex: 1, minWidth: 0 }}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
        />
        <CopyButton value={link.url}>
          {({ copied, copy }) => (
            <Button color={copied ? 'teal' : undefined} onClick={copy} aria-live="polite">
              {copied ? t('resetLink.copied') : t('resetLink.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        {t('resetLink.expires', { date: formatDateTime(link.expiresAt, currentLanguage(i18n.resolvedLanguage)) })}
      </Text>
      <Alert color="yellow" variant="light">
        {t('resetLink.handOver', { name: user.fullName })}
      </Alert>
    </Stack>
  );
}
