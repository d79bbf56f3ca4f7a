import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CertificateRowFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatNip } from '../../lib/nip';
import { formatCertificateDate, formatJp } from './certificate-format';
import { verificationPath } from './certificate-paths';
import { CertificateStatusBadge } from './certificate-status-badge';
import type { ReasonAction } from './reason-dialog';

export interface AgencyCertificateRowProps {
  certificate: CertificateRowFragment;
  onAction: (certificate: CertificateRowFragment, action: ReasonAction) => void;
}

/** One certificate of the agency's list: who, what, its state, and what the admin may do with it. */
export function AgencyCertificateRow({ certificate, onAction }: AgencyCertificateRowProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const nip = certificate.content?.participant.nip;
  const date = certificate.revokedAt ?? certificate.issuedAt;

  return (
    <Card withBorder radius="md" padding="md" data-testid="agency-certificate" data-certificate-id={certificate.id} data-status={certificate.status}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={700}>{certificate.participantName}</Text>
            {nip && (
              <Text size="sm" c="dimmed">
                NIP {formatNip(nip)}
              </Text>
            )}
          </Group>
          <Text size="sm">
            {certificate.courseTitle}
            {certificate.jp !== null && certificate.jp !== undefined && ` · ${t('course.jp', { jp: formatJp(certificate.jp, language) })}`}
          </Text>
          <Text size="sm" c="dimmed">
            {t('certificates.admin.number')}: {certificate.number ?? t('certificates.mine.numberPending')}
            {date && ` · ${formatCertificateDate(date, language)}`}
          </Text>
          {certificate.status === 'REVOKED' && certificate.revokeReason && (
            <Text size="sm" c="red.8">
              {certificate.revokeReason}
            </Text>
          )}
        </Stack>
        <Stack gap="xs" align="flex-end">
          <CertificateStatusBadge status={certificate.status} />
          <Group gap="xs" justify="flex-end">
            {certificate.status !== 'PENDING' && (
              <Anchor component={Link} to={verificationPath(certificate.code)} size="sm">
                {t('certificates.admin.openVerification')}
              </Anchor>
            )}
            {certificate.status === 'ISSUED' && (
              <Button size="compact-sm" color="red" variant="light" onClick={() => onAction(certificate, 'revoke')} data-testid="certificate-revoke">
                {t('certificates.admin.revoke')}
              </Button>
            )}
            {certificate.status !== 'PENDING' && !certificate.replacedById && (
              <Button size="compact-sm" variant="light" onClick={() => onAction(certificate, 'reissue')} data-testid="certificate-reissue">
                {t('certificates.admin.reissue')}
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
