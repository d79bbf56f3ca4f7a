import { Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JpLedgerEntrySource, MyJpLedgerQuery } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatJp } from '../certificates/certificate-format';
import { formatDays } from './jp-format';

type LedgerEntry = MyJpLedgerQuery['myJpLedger']['entries'][number];

const SOURCE_COLORS: Record<JpLedgerEntrySource, string> = { COURSE: 'blue', CERTIFICATE: 'grape', EXTERNAL: 'teal' };

/** What counted toward the year's JP, latest first: Lentera courses, certificates, approved outside activities. */
export function LedgerEntries({ year, entries }: { year: number; entries: readonly LedgerEntry[] }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="jp-entries-heading">
      <Title order={2} size="h3" id="jp-entries-heading" mb="sm">
        {t('jpLedger.entries.heading')}
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed" data-testid="jp-entries-empty">
          {t('jpLedger.entries.empty', { year })}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {entries.map((entry) => (
            <LedgerEntryCard key={`${entry.source}:${entry.id}`} entry={entry} />
          ))}
        </Stack>
      )}
    </Box>
  );
}

function LedgerEntryCard({ entry }: { entry: LedgerEntry }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const days = formatDays(entry.startDate, entry.endDate, language);
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-testid="jp-entry" data-source={entry.source} data-entry-id={entry.id} data-jp={entry.jp}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Badge color={SOURCE_COLORS[entry.source]} variant="light" style={{ flexShrink: 1, minWidth: 0 }}>
            {entry.externalKind ? t(`jpLedger.kind.${entry.externalKind}`) : t(`jpLedger.entries.source.${entry.source}`)}
          </Badge>
          <Text fw={700} style={{ flexShrink: 0 }}>
            {t('course.jp', { jp: formatJp(entry.jp, language) })}
          </Text>
        </Group>
        <Title order={3} size="h5" lh={1.35} style={{ overflowWrap: 'anywhere' }}>
          {entry.title}
        </Title>
        {entry.institution && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed" inherit>
              {t('jpLedger.entries.institution')}:
            </Text>{' '}
            {entry.institution}
          </Text>
        )}
        <Text size="sm">
          {entry.startDate ? (
            <>
              <Text span c="dimmed" inherit>
                {t('jpLedger.entries.date')}:
              </Text>{' '}
              {days}
            </>
          ) : (
            t('jpLedger.entries.completedOn', { date: days })
          )}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`competencyType.${entry.competencyType}`)}
        </Text>
        {entry.certificateNumber && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed" inherit>
              {t('jpLedger.entries.certificateNumber')}:
            </Text>{' '}
            {entry.certificateNumber}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
