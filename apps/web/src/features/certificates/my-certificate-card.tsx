import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CertificateRowFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatCertificateDate, formatJp } from './certificate-format';
import { verificationPath } from './certificate-paths';
import { CertificateStatusBadge } from './certificate-status-badge';
import { ShareLink } from './share-link';

/** One certificate of "Sertifikat saya": what it is, its PDF, and the link to share. */
export function MyCertificateCard({ certificate }: { certificate: CertificateRowFragment }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const revoked = certificate.status === 'REVOKED';

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      data-testid="my-certificate"
      data-certificate-id={certificate.id}
      data-status={certificate.status}
      style={revoked ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={2} size="h4" lh={1.3} td={revoked ? 'line-through' : undefined}>
            {certificate.courseTitle}
          </Title>
          <CertificateStatusBadge status={certificate.status} />
        </Group>
        <Text size="sm">
          <Text span c="dimmed" inherit>
            {t('certificates.mine.number')}:
          </Text>{' '}
          <Text span fw={600} inherit data-testid="certificate-number">
            {certificate.number ?? t('certificates.mine.numberPending')}
          </Text>
        </Text>
        <Group gap="md">
          {certificate.jp !== null && certificate.jp !== undefined && (
            <Text size="sm">{t('course.jp', { jp: formatJp(certificate.jp, language) })}</Text>
          )}
          {certificate.issuedAt && <Text size="sm">{t('certificates.mine.issuedAt', { date: formatCertificateDate(certificate.issuedAt, language) })}</Text>}
        </Group>
        {revoked && (
          <Alert color="red" variant="light" p="xs">
            <Text size="sm">
              {t('certificates.mine.revokedOn', {
                date: certificate.revokedAt ? formatCertificateDate(certificate.revokedAt, language) : '',
                reason: certificate.revokeReason ?? '',
              })}
            </Text>
            {certificate.replacedById && <Text size="sm">{t('certificates.mine.replaced')}</Text>}
          </Alert>
        )}
        {!revoked && <PdfDownload certificate={certificate} />}
        {certificate.status === 'ISSUED' && <ShareLink url={certificate.verifyUrl} />}
        {certificate.status !== 'PENDING' && (
          <Anchor component={Link} to={verificationPath(certificate.code)} size="sm">
            {t('certificates.mine.open')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

function PdfDownload({ certificate }: { certificate: CertificateRowFragment }) {
  const { t } = useTranslation();
  if (certificate.pdfStatus === 'FAILED') {
    return (
      <Text size="sm" c="red.8">
        {t('certificates.mine.pdfFailed')}
      </Text>
    );
  }
  if (certificate.status === 'PENDING' || certificate.pdfStatus === 'PENDING' || !certificate.pdfUrl) {
    return (
      <Group gap="xs" role="status" data-testid="certificate-preparing">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('certificates.mine.preparing')}
        </Text>
      </Group>
    );
  }
  return (
    <Button component="a" href={certificate.pdfUrl} download style={{ alignSelf: 'flex-start' }} data-testid="certificate-download">
      {t('certificates.mine.download')}
    </Button>
  );
}
