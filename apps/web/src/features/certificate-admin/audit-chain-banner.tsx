import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditLog } from './audit-log-pages';

/** Whether every entry still chains to the one before it, or where the chain breaks (red). */
export function AuditChainBanner({ log }: { log: AuditLog }) {
  const { t } = useTranslation();
  const total = log.entries.totalCount;
  const broken = !log.intact && log.brokenAt !== null;

  if (!broken) {
    return (
      <Alert color="green" variant="light" title={t('certificateAdmin.audit.intactTitle')} data-testid="audit-chain" data-intact="true">
        <Text size="sm">{t('certificateAdmin.audit.intactDetail', { total })}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="filled" title={t('certificateAdmin.audit.brokenTitle', { seq: log.brokenAt })} data-testid="audit-chain" data-intact="false" data-broken-at={log.brokenAt}>
      <Text size="sm">{t('certificateAdmin.audit.brokenDetail', { seq: log.brokenAt })}</Text>
    </Alert>
  );
}
