import { Box, NativeSelect, Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { useJpYear } from '../../lib/use-jp-year';
import { CompetencyTotals } from './competency-totals';
import { ExternalActivitiesSection } from './external-activities-section';
import { JpProgress } from './jp-progress';
import { LedgerEntries } from './ledger-entries';
import { useMyJpLedger } from './use-my-jp-ledger';

/** "JP saya" (`/belajar/jp?tahun=`): a year's JP toward the target, what counted, and the activities outside Lentera. */
export function JpLedgerPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('jpLedger.documentTitle')} · ${t('app.name')}`);
  const { year, years, setYear } = useJpYear();
  const { ledger, isLoading, error, retry } = useMyJpLedger(year);

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('jpLedger.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('jpLedger.intro')}
        </Text>
      </div>
      <Stack gap="md">
        <NativeSelect
          label={t('jpLedger.year')}
          data={years.map(String)}
          value={String(year)}
          onChange={(event) => {
            setYear(Number(event.currentTarget.value));
          }}
          maw={200}
          data-testid="jp-year"
        />
        {error ? (
          <LoadErrorAlert error={error} onRetry={() => void retry()} title={t('jpLedger.loadError')} />
        ) : isLoading || !ledger ? (
          <>
            <VisuallyHidden role="status">{t('jpLedger.loading')}</VisuallyHidden>
            <Skeleton height={240} radius="md" aria-hidden="true" />
          </>
        ) : (
          <>
            <Paper component="section" withBorder radius="md" p="md" aria-labelledby="jp-progress-heading">
              <Title order={2} size="h3" id="jp-progress-heading" mb="sm">
                {t('jpLedger.progress.heading', { year: ledger.year })}
              </Title>
              <JpProgress summary={ledger} />
            </Paper>
            <CompetencyTotals totals={ledger.totalsByCompetency} />
            <LedgerEntries year={ledger.year} entries={ledger.entries} />
          </>
        )}
      </Stack>
      <Box>
        <ExternalActivitiesSection />
      </Box>
    </Stack>
  );
}
