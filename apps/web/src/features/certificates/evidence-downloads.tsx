import { Anchor, Card, Code, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerifyCertificateQuery } from '../../gql/generated';

type Verification = VerifyCertificateQuery['verifyCertificate'];

/** The command of README.md's "Verifying a certificate": checks the signed bytes with the agency's key. */
const OPENSSL_COMMAND = 'openssl pkeyutl -verify -pubin -inkey kunci-publik.pem -rawin -in sertifikat.json -sigfile sertifikat.sig';

/** Links to the signed data, signature, public key and Open Badge, and how to check them offline. */
export function EvidenceDownloads({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  const links = [
    { key: 'data', href: verification.dataUrl, label: t('certificates.verify.downloads.data') },
    { key: 'signature', href: verification.signatureUrl, label: t('certificates.verify.downloads.signature') },
    { key: 'publicKey', href: verification.publicKeyUrl, label: t('certificates.verify.downloads.publicKey') },
    { key: 'openBadge', href: verification.openBadgeUrl, label: t('certificates.verify.downloads.openBadge') },
  ].filter((link): link is { key: string; href: string; label: string } => Boolean(link.href));
  if (links.length === 0) return null;
  const canCheckOffline = Boolean(verification.dataUrl && verification.signatureUrl && verification.publicKeyUrl);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="certificate-evidence-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="certificate-evidence-heading">
          {t('certificates.verify.downloads.title')}
        </Title>
        <List spacing="xs">
          {links.map((link) => (
            <List.Item key={link.key}>
              <Anchor href={link.href} download data-testid={`verification-download-${link.key}`}>
                {link.label}
              </Anchor>
            </List.Item>
          ))}
        </List>
        {canCheckOffline && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('certificates.verify.offline.title')}
            </Title>
            <Text size="sm">{t('certificates.verify.offline.intro')}</Text>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {OPENSSL_COMMAND}
            </Code>
            <Text size="sm" c="dimmed">
              {t('certificates.verify.offline.result')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
