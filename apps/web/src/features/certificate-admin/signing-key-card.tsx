import { Badge, Button, Card, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SigningKeyFieldsFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatJakartaDateTime } from './jakarta-time';
import { downloadPublicKey } from './public-key-file';

/** One signing key: its id, status, when it was in use, and its public key to copy or download. */
export function SigningKeyCard({ signingKey }: { signingKey: SigningKeyFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { keyId, status, activatedAt, retiredAt, publicKeyPem } = signingKey;
  const headingId = `signing-key-${keyId}`;

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId} data-testid="signing-key" data-key-id={keyId} data-status={status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" id={headingId} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {t('certificateAdmin.keys.keyId')}: <Code data-testid="signing-key-id">{keyId}</Code>
          </Title>
          <Badge color={status === 'ACTIVE' ? 'green' : 'gray'} variant="light" tt="none">
            {t(`certificateAdmin.keys.status.${status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('certificateAdmin.keys.activatedAt', { time: formatJakartaDateTime(activatedAt, language) })}
          {retiredAt && (
            <>
              <br />
              {t('certificateAdmin.keys.retiredAt', { time: formatJakartaDateTime(retiredAt, language) })}
            </>
          )}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('certificateAdmin.keys.publicKey')}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="signing-key-pem">
            {publicKeyPem.trim()}
          </Code>
        </Stack>
        <Group gap="xs">
          <CopyButton value={publicKeyPem} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant={copied ? 'filled' : 'light'}
                color={copied ? 'green' : undefined}
                onClick={copy}
                aria-label={`${copied ? t('certificateAdmin.keys.copied') : t('certificateAdmin.keys.copy')} ${keyId}`}
                data-testid="signing-key-copy"
              >
                {copied ? t('certificateAdmin.keys.copied') : t('certificateAdmin.keys.copy')}
              </Button>
            )}
          </CopyButton>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              downloadPublicKey(signingKey);
            }}
            aria-label={`${t('certificateAdmin.keys.download')} ${keyId}`}
            data-testid="signing-key-download"
          >
            {t('certificateAdmin.keys.download')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
