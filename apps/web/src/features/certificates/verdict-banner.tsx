import { Alert, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateVerdict, VerifyCertificateQuery } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatCertificateDate } from './certificate-format';

type Verification = VerifyCertificateQuery['verifyCertificate'];

const LOOK: Record<CertificateVerdict, { color: string; mark: string }> = {
  VALID: { color: 'green', mark: '✓' },
  REVOKED: { color: 'red', mark: '✕' },
  UNKNOWN: { color: 'gray', mark: '?' },
  INVALID_SIGNATURE: { color: 'orange', mark: '!' },
};

/** The answer of the verification page, big enough to read at arm's length on a phone. */
export function VerdictBanner({ verification }: { verification: Verification }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { verdict } = verification;
  const look = LOOK[verdict];

  return (
    <Alert
      color={look.color}
      variant="light"
      radius="md"
      p="lg"
      data-testid="verification-verdict"
      data-verdict={verdict}
      styles={{ root: { borderLeft: `6px solid var(--mantine-color-${look.color}-7)` } }}
    >
      <Stack gap="sm">
        <ThemeIcon color={look.color} size={56} radius="xl" aria-hidden="true">
          <Text fz={32} fw={800} c="white" lh={1}>
            {look.mark}
          </Text>
        </ThemeIcon>
        <Title order={2} fz={{ base: 26, sm: 32 }} lh={1.2} c={`${look.color}.9`}>
          {t(`certificates.verify.verdict.${verdict}`)}
        </Title>
        <Text>{t(`certificates.verify.verdictDetail.${verdict}`)}</Text>
        {verdict === 'REVOKED' && (
          <Stack gap={4} data-testid="verification-revocation">
            {verification.revokedAt && (
              <Text>
                <Text span fw={700} inherit>
                  {t('certificates.verify.revokedAt')}:
                </Text>{' '}
                {formatCertificateDate(verification.revokedAt, language)}
              </Text>
            )}
            {verification.revokeReason && (
              <Text>
                <Text span fw={700} inherit>
                  {t('certificates.verify.revokeReason')}:
                </Text>{' '}
                <span data-testid="verification-revoke-reason">{verification.revokeReason}</span>
              </Text>
            )}
            {verification.replacedByNumber && (
              <Text>
                <Text span fw={700} inherit>
                  {t('certificates.verify.replacedBy')}:
                </Text>{' '}
                {verification.replacedByNumber}
              </Text>
            )}
          </Stack>
        )}
        <Text size="sm" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {t('certificates.verify.codeShown', { code: verdict === 'UNKNOWN' ? verification.code : groupedCode(verification.code) })}
        </Text>
      </Stack>
    </Alert>
  );
}

/** `7M2KQ-9XW4H-…-A`: the stored code in groups of five, as the certificate prints it. */
function groupedCode(code: string): string {
  return (code.match(/.{1,5}/g) ?? [code]).join('-');
}
