import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '../../gql/generated';

const COLORS: Record<CertificateStatus, string> = { PENDING: 'gray', ISSUED: 'green', REVOKED: 'red' };

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0 }} data-testid="certificate-status" data-status={status}>
      {t(`certificates.status.${status}`)}
    </Badge>
  );
}
