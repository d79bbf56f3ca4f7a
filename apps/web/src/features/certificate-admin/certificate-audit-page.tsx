import { Alert, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { useErrorMessage } from '../../lib/use-error-message';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { AuditChainBanner } from './audit-chain-banner';
import { AuditEntriesTable } from './audit-entries-table';
import { BackToCertificates } from './back-to-certificates';
import { useCertificateAuditLog } from './use-certificate-audit-log';

/** The agency's certificate audit log (`/admin/sertifikat/audit`): whether it is intact, and its entries. */
export function CertificateAuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('certificateAdmin.audit.documentTitle')} · ${t('app.name')}`);
  const admin = useAdminAgencies();

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackToCertificates agencyId={admin.selected?.id} />
        <Title order={1}>{t('certificateAdmin.audit.title')}</Title>
        <Text c="dimmed">{t('certificateAdmin.audit.intro')}</Text>
      </Stack>
      <AgencyPicker admin={admin} emptyMessage={t('certificateAdmin.noPermission')} />
      {admin.selected && <AgencyAuditLog key={admin.selected.id} agencyId={admin.selected.id} />}
    </Stack>
  );
}

function AgencyAuditLog({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const audit = useCertificateAuditLog(agencyId);
  const { log } = audit;

  if (!log) {
    if (audit.isLoading) return <Skeleton height={240} radius="md" aria-busy="true" />;
    return <LoadErrorAlert error={audit.error} onRetry={() => void audit.retry()} title={t('certificateAdmin.audit.loadError')} />;
  }

  const entries = log.entries.edges.map((edge) => edge.node);
  return (
    <Stack gap="md">
      <AuditChainBanner log={log} />
      {entries.length === 0 ? (
        <Text c="dimmed">{t('certificateAdmin.audit.empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('certificateAdmin.audit.shown', { shown: entries.length, total: log.entries.totalCount })}
          </Text>
          <AuditEntriesTable entries={entries} brokenAt={log.intact ? null : log.brokenAt} />
        </>
      )}
      {audit.loadMoreError !== null && (
        <Alert color="red" variant="light" data-testid="audit-load-more-error">
          {describeError(audit.loadMoreError)}
        </Alert>
      )}
      {audit.hasMore && (
        <Button variant="default" onClick={() => void audit.loadMore()} loading={audit.loadingMore} style={{ alignSelf: 'center' }} data-testid="audit-load-more">
          {t('certificateAdmin.audit.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
