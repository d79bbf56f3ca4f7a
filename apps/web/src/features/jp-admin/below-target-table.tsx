import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencyJpReportQuery } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatNip } from '../../lib/nip';
import { formatJp } from '../certificates/certificate-format';
import { siasnExportUrl, siasnFileName } from './jp-export-files';
import type { ExportFormat } from './jp-export-files';
import type { ExportDownload } from './use-export-download';

type BelowTargetLearner = AgencyJpReportQuery['agencyJpReport']['belowTarget'][number];

const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

export interface BelowTargetTableProps {
  agencyId: string;
  year: number;
  learners: readonly BelowTargetLearner[];
  downloads: ExportDownload;
  labelledBy: string;
}

/** The learners below target in the API's order (work unit, then most JP missing), each with their SIASN export. */
export function BelowTargetTable({ agencyId, year, learners, downloads, labelledBy }: BelowTargetTableProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const jp = (value: number) => formatJp(value, language);
  const headers = ['name', 'nip', 'workUnit', 'employmentType', 'jp', 'target', 'missing', 'siasn'] as const;
  const numeric = new Set<string>(['jp', 'target', 'missing']);

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover aria-labelledby={labelledBy} data-testid="jp-below-table">
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header} scope="col" ta={numeric.has(header) ? 'right' : undefined}>
                {t(`jpAdmin.report.columns.${header}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {learners.map((learner) => (
            <Table.Tr key={learner.userId} data-testid="jp-below-row" data-user-id={learner.userId}>
              <Table.Th scope="row" fw={600} data-column="name">
                {learner.fullName}
              </Table.Th>
              <Table.Td data-column="nip" style={{ whiteSpace: 'nowrap' }}>
                {learner.nip ? formatNip(learner.nip) : '—'}
              </Table.Td>
              <Table.Td data-column="workUnit">{learner.workUnit ?? <Text span c="dimmed" inherit>{t('jpAdmin.report.noWorkUnit')}</Text>}</Table.Td>
              <Table.Td data-column="employmentType">{learner.employmentType ?? '—'}</Table.Td>
              <Table.Td data-column="jp" ta="right">
                {jp(learner.jp)}
              </Table.Td>
              <Table.Td data-column="target" ta="right">
                {jp(learner.targetJp)}
              </Table.Td>
              <Table.Td data-column="missing" ta="right" fw={700} c="red.8">
                {jp(learner.missingJp)}
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {FORMATS.map((format) => {
                    const key = `siasn:${learner.userId}:${format}`;
                    return (
                      <Button
                        key={format}
                        size="compact-sm"
                        variant="default"
                        loading={downloads.busyKey === key}
                        disabled={downloads.busyKey !== null && downloads.busyKey !== key}
                        aria-label={t('jpAdmin.report.siasnLabel', { name: learner.fullName, year, format: format.toUpperCase() })}
                        data-testid={`jp-siasn-${format}`}
                        onClick={() =>
                          void downloads.download({ key, url: siasnExportUrl(agencyId, learner.userId, format, year), format, fileName: siasnFileName(format, year, learner) })
                        }
                      >
                        {format.toUpperCase()}
                      </Button>
                    );
                  })}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
