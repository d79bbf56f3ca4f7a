import { Alert, Button, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { SigningKeysDocument } from '../../gql/generated';
import { RotateKeyDialog } from './rotate-key-dialog';
import { SigningKeyCard } from './signing-key-card';

/** One agency's keys: the active one (and how to replace it), then the replaced ones. */
export function AgencySigningKeys({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SigningKeysDocument, { variables: { agencyId }, fetchPolicy: 'cache-and-network' });
  const [rotating, setRotating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (!data) {
    if (loading) return <Skeleton height={240} radius="md" aria-busy="true" />;
    return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('certificateAdmin.keys.loadError')} />;
  }

  const keys = data.signingKeys;
  const active = keys.find((key) => key.status === 'ACTIVE');
  const retired = keys.filter((key) => key.status === 'RETIRED');
  if (keys.length === 0) return <Alert variant="light">{t('certificateAdmin.keys.empty')}</Alert>;

  return (
    <Stack gap="xl">
      {notice && (
        <Alert color="green" variant="light" withCloseButton onClose={() => setNotice(null)} role="status" data-testid="rotate-key-notice">
          {notice}
        </Alert>
      )}
      {active && (
        <Stack gap="sm" component="section" aria-labelledby="active-key-heading">
          <Title order={2} size="h3" id="active-key-heading">
            {t('certificateAdmin.keys.activeHeading')}
          </Title>
          <SigningKeyCard signingKey={active} />
          <Card withBorder radius="md" padding="md" bg="var(--mantine-color-default-hover)">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('certificateAdmin.keys.rotation.explanation')}</Text>
              <Button
                color="orange"
                onClick={() => {
                  setNotice(null);
                  setRotating(true);
                }}
                data-testid="rotate-key-open"
              >
                {t('certificateAdmin.keys.rotation.open')}
              </Button>
            </Stack>
          </Card>
        </Stack>
      )}
      {retired.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="retired-keys-heading">
          <Title order={2} size="h3" id="retired-keys-heading">
            {t('certificateAdmin.keys.retiredHeading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('certificateAdmin.keys.retiredIntro')}
          </Text>
          {retired.map((key) => (
            <SigningKeyCard key={key.keyId} signingKey={key} />
          ))}
        </Stack>
      )}
      {rotating && active && (
        <RotateKeyDialog
          agencyId={agencyId}
          activeKeyId={active.keyId}
          onClose={() => setRotating(false)}
          onDone={(newKey) => {
            setRotating(false);
            setNotice(t('certificateAdmin.keys.rotation.done', { keyId: newKey.keyId }));
          }}
        />
      )}
    </Stack>
  );
}
