import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateAuditLogQuery } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatJakartaDateTime } from './jakarta-time';

type AuditEntry = CertificateAuditLogQuery['certificateAuditLog']['entries']['edges'][number]['node'];

export interface AuditEntriesTableProps {
  entries: readonly AuditEntry[];
  /** The entry where the chain breaks, marked in its row. */
  brokenAt: number | null;
}

/** The entries as a table; on a phone it scrolls sideways inside its box, not the page. */
export function AuditEntriesTable({ entries, brokenAt }: AuditEntriesTableProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const none = t('certificateAdmin.audit.none');

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" striped aria-label={t('certificateAdmin.audit.tableLabel')} data-testid="audit-entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('certificateAdmin.audit.columns.seq')}</Table.Th>
            <Table.Th scope="col">{t('certificateAdmin.audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('certificateAdmin.audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('certificateAdmin.audit.columns.number')}</Table.Th>
            <Table.Th scope="col">{t('certificateAdmin.audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('certificateAdmin.audit.columns.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const isBreak = entry.seq === brokenAt;
            return (
              <Table.Tr
                key={entry.seq}
                bg={isBreak ? 'var(--mantine-color-red-light)' : undefined}
                data-testid="audit-entry"
                data-seq={entry.seq}
                data-action={entry.action}
                data-broken={isBreak || undefined}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={600} span>
                    #{entry.seq}
                  </Text>
                  {isBreak && (
                    <Badge color="red" size="sm" ml="xs" tt="none">
                      {t('certificateAdmin.audit.brokenRow')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatJakartaDateTime(entry.at, language)}</Table.Td>
                <Table.Td>{t(`certificateAdmin.audit.actions.${entry.action}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="audit-entry-number">
                  {entry.number ?? none}
                </Table.Td>
                <Table.Td data-testid="audit-entry-actor">{entry.actorName ?? t('certificateAdmin.audit.system')}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }} data-testid="audit-entry-reason">
                  {entry.reason ?? none}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
