import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExternalActivityStatus } from '../../gql/generated';

const COLORS: Record<ExternalActivityStatus, string> = { PENDING: 'yellow', APPROVED: 'green', REJECTED: 'red' };

export function ActivityStatusBadge({ status }: { status: ExternalActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0 }} data-testid="activity-status" data-status={status}>
      {t(`jpLedger.status.${status}`)}
    </Badge>
  );
}
