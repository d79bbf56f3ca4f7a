import { Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { AgencyJpPolicyDocument } from '../../gql/generated';
import { PATHS } from '../../lib/paths';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { withAgency } from './jp-admin-paths';
import { JpPolicyForm } from './jp-policy-form';

/** The agency's JP policy for its admins (`/admin/jp/kebijakan`). */
export function JpPolicyPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('jpAdmin.policy.documentTitle')} · ${t('app.name')}`);
  const admin = useAdminAgencies();

  return (
    <Stack gap="lg">
      <div>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={1}>{t('jpAdmin.policy.title')}</Title>
          {admin.selected && (
            <Anchor component={Link} to={withAgency(PATHS.adminJpReport, admin.selected.id)} data-testid="jp-report-link">
              {t('jpAdmin.policy.reportLink')}
            </Anchor>
          )}
        </Group>
        <Text c="dimmed" mt={4} maw={720}>
          {t('jpAdmin.policy.intro')}
        </Text>
      </div>
      <AgencyPicker admin={admin} emptyMessage={t('jpAdmin.report.noPermission')} />
      {admin.selected && <AgencyPolicy key={admin.selected.id} agencyId={admin.selected.id} />}
    </Stack>
  );
}

function AgencyPolicy({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  // Asked afresh each time: the form starts from what the server holds now, not an older copy.
  const { data, error, refetch } = useQuery(AgencyJpPolicyDocument, { variables: { agencyId }, fetchPolicy: 'network-only' });
  if (!data) {
    return error ? (
      <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('jpAdmin.policy.loadError')} />
    ) : (
      <Skeleton height={260} maw={420} radius="md" aria-busy="true" />
    );
  }
  return <JpPolicyForm agencyId={agencyId} policy={data.jpPolicy} />;
}
