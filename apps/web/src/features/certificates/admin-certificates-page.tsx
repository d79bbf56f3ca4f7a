import { Alert, Anchor, Group, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPager } from '../../components/list-pager';
import { LoadErrorAlert } from '../../components/load-error-alert';
import type { CertificateRowFragment, CertificateStatus } from '../../gql/generated';
import { PATHS } from '../../lib/paths';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { AgencyCertificateRow } from './agency-certificate-row';
import { ReasonDialog } from './reason-dialog';
import type { ReasonAction } from './reason-dialog';
import { useAgencyCertificates } from './use-agency-certificates';

const SEARCH_DELAY_MS = 300;
const STATUSES: readonly CertificateStatus[] = ['ISSUED', 'REVOKED', 'PENDING'];

/** An agency's certificates for its admins (`/admin/sertifikat`): search, revoke, re-issue. */
export function AdminCertificatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('certificates.admin.documentTitle')} · ${t('app.name')}`);
  const admin = useAdminAgencies();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('certificates.admin.title')}</Title>
        {admin.selected && (
          <Group gap="md">
            <Anchor component={Link} to={`${PATHS.certificateTemplate}?instansi=${admin.selected.id}`} data-testid="certificate-template-link">
              {t('certificates.admin.templateLink')}
            </Anchor>
            <Anchor component={Link} to={`${PATHS.certificateKeys}?instansi=${admin.selected.id}`} data-testid="certificate-keys-link">
              {t('certificateAdmin.links.keys')}
            </Anchor>
            <Anchor component={Link} to={`${PATHS.certificateAudit}?instansi=${admin.selected.id}`} data-testid="certificate-audit-link">
              {t('certificateAdmin.links.audit')}
            </Anchor>
          </Group>
        )}
      </Group>
      <AgencyPicker admin={admin} emptyMessage={t('certificates.admin.noPermission')} />
      {admin.selected && <AgencyCertificates key={admin.selected.id} agencyId={admin.selected.id} />}
    </Stack>
  );
}

function AgencyCertificates({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CertificateStatus | null>(null);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const list = useAgencyCertificates(agencyId, status, debouncedSearch);
  const [dialog, setDialog] = useState<{ certificate: CertificateRowFragment; action: ReasonAction } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const handleAction = (certificate: CertificateRowFragment, action: ReasonAction) => {
    setNotice(null);
    setDialog({ certificate, action });
  };

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end">
        <TextInput
          type="search"
          label={t('certificates.admin.search')}
          placeholder={t('certificates.admin.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
          }}
          style={{ flex: '1 1 240px' }}
          maw={420}
          data-testid="certificate-search"
        />
        <Select
          label={t('certificates.admin.status')}
          data={[{ value: 'ALL', label: t('certificates.admin.allStatuses') }, ...STATUSES.map((value) => ({ value, label: t(`certificates.status.${value}`) }))]}
          value={status ?? 'ALL'}
          allowDeselect={false}
          onChange={(value) => {
            setStatus(!value || value === 'ALL' ? null : (value as CertificateStatus));
          }}
          w={200}
          data-testid="certificate-status-filter"
        />
      </Group>
      {notice && (
        <Alert color="green" variant="light" withCloseButton onClose={() => setNotice(null)} data-testid="certificate-notice">
          {notice}
        </Alert>
      )}
      {list.error ? (
        <LoadErrorAlert error={list.error} onRetry={() => void list.retry()} title={t('certificates.admin.loadError')} />
      ) : list.isLoading ? (
        <Skeleton height={200} radius="md" aria-busy="true" />
      ) : list.certificates.length === 0 ? (
        <Text c="dimmed">{t('certificates.admin.empty')}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" role="status">
            {list.totalCount > list.certificates.length
              ? t('certificates.admin.range', { from: list.offset + 1, to: list.offset + list.certificates.length, total: list.totalCount })
              : t('certificates.admin.count', { count: list.totalCount })}
          </Text>
          {list.certificates.map((certificate) => (
            <AgencyCertificateRow key={certificate.id} certificate={certificate} onAction={handleAction} />
          ))}
          <ListPager list={list} />
        </Stack>
      )}
      {dialog && (
        <ReasonDialog
          certificate={dialog.certificate}
          action={dialog.action}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            setNotice(message);
          }}
        />
      )}
    </Stack>
  );
}
