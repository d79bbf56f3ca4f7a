import { Alert, Anchor, Button, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { skipToken, useQuery } from '@apollo/client/react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { AgencyJpReportDocument } from '../../gql/generated';
import { PATHS } from '../../lib/paths';
import { useErrorMessage } from '../../lib/use-error-message';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { BelowTargetTable } from './below-target-table';
import { withAgency } from './jp-admin-paths';
import { belowTargetExportUrl, belowTargetFileName } from './jp-export-files';
import type { ExportFormat } from './jp-export-files';
import { useExportDownload } from './use-export-download';
import { usePendingCount } from './use-pending-count';
import { useReportFilters } from './use-report-filters';
import { WorkUnitCounts } from './work-unit-counts';

/** The work unit select's "all units" option (a unit's name is never this). */
const ALL_UNITS = '__all__';

/** The agency's JP report for its admins (`/admin/jp`): who is below the yearly target, per work unit, and the exports. */
export function JpReportPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('jpAdmin.report.documentTitle')} · ${t('app.name')}`);
  const admin = useAdminAgencies();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('jpAdmin.report.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('jpAdmin.report.intro')}
        </Text>
      </div>
      <AgencyPicker admin={admin} emptyMessage={t('jpAdmin.report.noPermission')} />
      {admin.selected && (
        <>
          <ReportLinks agencyId={admin.selected.id} />
          <AgencyReport key={admin.selected.id} agencyId={admin.selected.id} />
        </>
      )}
    </Stack>
  );
}

function ReportLinks({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const pending = usePendingCount(agencyId);
  return (
    <Group gap="lg">
      <Anchor component={Link} to={withAgency(PATHS.adminJpReview, agencyId)} fw={600} data-testid="jp-review-link">
        {pending ? t('jpAdmin.report.reviewLinkPending', { count: pending }) : t('jpAdmin.report.reviewLink')}
      </Anchor>
      <Anchor component={Link} to={withAgency(PATHS.adminJpPolicy, agencyId)} data-testid="jp-policy-link">
        {t('jpAdmin.report.policyLink')}
      </Anchor>
    </Group>
  );
}

function AgencyReport({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const filters = useReportFilters();
  const { year, workUnit } = filters;
  const downloads = useExportDownload();
  // The whole agency's report gives the units and their counts; a chosen unit's gives its list.
  const agency = useQuery(AgencyJpReportDocument, { variables: { agencyId, year, workUnit: null }, fetchPolicy: 'cache-and-network' });
  const unit = useQuery(AgencyJpReportDocument, workUnit ? { variables: { agencyId, year, workUnit }, fetchPolicy: 'cache-and-network' } : skipToken);
  const listed = workUnit ? unit : agency;
  const units = agency.data?.agencyJpReport.workUnits ?? [];
  const learners = listed.data?.agencyJpReport.belowTarget;
  const unitNames = units.flatMap((item) => (item.workUnit ? [item.workUnit] : []));
  if (workUnit && !unitNames.some((name) => name.toLowerCase() === workUnit.toLowerCase())) unitNames.push(workUnit);

  const handleExport = (format: ExportFormat) => {
    void downloads.download({
      key: `below-target:${format}`,
      url: belowTargetExportUrl(agencyId, format, year, workUnit),
      format,
      fileName: belowTargetFileName(format, year, workUnit),
    });
  };

  return (
    <Stack gap="lg">
      <Group gap="sm" align="flex-end">
        <Select
          label={t('jpAdmin.report.year')}
          data={filters.years.map((option) => String(option))}
          value={String(year)}
          allowDeselect={false}
          onChange={(value) => {
            if (value) filters.setYear(Number(value));
          }}
          w={120}
          data-testid="jp-year"
        />
        <Select
          label={t('jpAdmin.report.workUnit')}
          data={[{ value: ALL_UNITS, label: t('jpAdmin.report.allWorkUnits') }, ...unitNames.map((name) => ({ value: name, label: name }))]}
          value={workUnit ?? ALL_UNITS}
          allowDeselect={false}
          searchable={unitNames.length > 8}
          onChange={(value) => {
            filters.setWorkUnit(value && value !== ALL_UNITS ? value : null);
          }}
          style={{ flex: '1 1 220px' }}
          maw={420}
          data-testid="jp-work-unit"
        />
      </Group>

      {agency.error && !agency.data ? (
        <LoadErrorAlert error={agency.error} onRetry={() => void agency.refetch().catch(() => undefined)} title={t('jpAdmin.report.loadError')} />
      ) : !agency.data ? (
        <Skeleton height={120} radius="md" aria-busy="true" />
      ) : units.length === 0 ? (
        <Text c="dimmed">{t('jpAdmin.report.noLearners')}</Text>
      ) : (
        <Stack component="section" aria-labelledby="jp-units-heading" gap="xs">
          <Title order={2} size="h3" id="jp-units-heading">
            {t('jpAdmin.report.unitsTitle')}
          </Title>
          <WorkUnitCounts units={units} year={year} selected={workUnit} />
        </Stack>
      )}

      <Stack component="section" aria-labelledby="jp-below-heading" gap="sm">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={2} size="h3" id="jp-below-heading">
            {t('jpAdmin.report.belowTitle')}
            {workUnit && ` · ${workUnit}`}
          </Title>
          <Group gap="xs" role="group" aria-label={t('jpAdmin.report.exportTitle')}>
            {(['csv', 'xlsx'] as const).map((format) => (
              <Button
                key={format}
                variant="light"
                size="sm"
                loading={downloads.busyKey === `below-target:${format}`}
                disabled={downloads.busyKey !== null || !learners || learners.length === 0}
                onClick={() => {
                  handleExport(format);
                }}
                data-testid={`jp-export-${format}`}
              >
                {t(format === 'csv' ? 'jpAdmin.report.exportCsv' : 'jpAdmin.report.exportXlsx')}
              </Button>
            ))}
          </Group>
        </Group>
        {downloads.failure !== null && (
          <Alert color="red" variant="light" role="alert" title={t('jpAdmin.report.exportError')} withCloseButton onClose={downloads.dismissFailure}>
            <Text size="sm">{describeError(downloads.failure)}</Text>
          </Alert>
        )}
        {listed.error && !listed.data ? (
          <LoadErrorAlert error={listed.error} onRetry={() => void listed.refetch().catch(() => undefined)} title={t('jpAdmin.report.loadError')} />
        ) : !learners ? (
          <Skeleton height={200} radius="md" aria-busy="true" />
        ) : learners.length === 0 ? (
          <Text c="dimmed" role="status" data-testid="jp-below-count">
            {t('jpAdmin.report.allReached', { year })}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" role="status" data-testid="jp-below-count">
              {t('jpAdmin.report.belowCount', { count: learners.length, year })}
            </Text>
            <BelowTargetTable agencyId={agencyId} year={year} learners={learners} downloads={downloads} labelledBy="jp-below-heading" />
          </>
        )}
      </Stack>
    </Stack>
  );
}
