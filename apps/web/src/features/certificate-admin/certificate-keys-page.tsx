import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { AgencySigningKeys } from './agency-signing-keys';
import { BackToCertificates } from './back-to-certificates';

/** The agency's certificate signing keys (`/admin/sertifikat/kunci`): read, copy, download, replace. */
export function CertificateKeysPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('certificateAdmin.keys.documentTitle')} · ${t('app.name')}`);
  const admin = useAdminAgencies();

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackToCertificates agencyId={admin.selected?.id} />
        <Title order={1}>{t('certificateAdmin.keys.title')}</Title>
        <Text c="dimmed">{t('certificateAdmin.keys.intro')}</Text>
      </Stack>
      <AgencyPicker admin={admin} emptyMessage={t('certificateAdmin.noPermission')} />
      {admin.selected && <AgencySigningKeys key={admin.selected.id} agencyId={admin.selected.id} />}
    </Stack>
  );
}
