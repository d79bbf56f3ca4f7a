import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencyJpReportQuery } from '../../gql/generated';

type WorkUnitCount = AgencyJpReportQuery['agencyJpReport']['workUnits'][number];

export interface WorkUnitCountsProps {
  units: readonly WorkUnitCount[];
  year: number;
  /** The unit the list below is narrowed to: its row stands out. */
  selected: string | null;
}

/** Learners and those below target, per work unit, with the agency's total. */
export function WorkUnitCounts({ units, year, selected }: WorkUnitCountsProps) {
  const { t } = useTranslation();
  const isSelected = (unit: WorkUnitCount) => selected !== null && unit.workUnit?.toLowerCase() === selected.toLowerCase();
  const total = units.reduce((sum, unit) => ({ learners: sum.learners + unit.learners, belowTarget: sum.belowTarget + unit.belowTarget }), { learners: 0, belowTarget: 0 });

  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped data-testid="jp-unit-counts">
        <Table.Caption>{t('jpAdmin.report.unitsCaption', { year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('jpAdmin.report.units.workUnit')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('jpAdmin.report.units.learners')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('jpAdmin.report.units.belowTarget')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.workUnit ?? ''} data-testid="jp-unit-row" data-work-unit={unit.workUnit ?? ''} fw={isSelected(unit) ? 700 : undefined}>
              <Table.Th scope="row" fw="inherit">
                {unit.workUnit ?? (
                  <Text span c="dimmed" inherit>
                    {t('jpAdmin.report.noWorkUnit')}
                  </Text>
                )}
              </Table.Th>
              <Table.Td ta="right" data-testid="jp-unit-learners">
                {unit.learners}
              </Table.Td>
              <Table.Td ta="right" data-testid="jp-unit-below">
                {unit.belowTarget}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t('jpAdmin.report.units.total')}</Table.Th>
            <Table.Td ta="right">{total.learners}</Table.Td>
            <Table.Td ta="right">{total.belowTarget}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
