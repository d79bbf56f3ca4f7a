import { Alert, Button, Group, Paper, Progress, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserImportDocument } from '../../gql/generated';
import type { UserImportQuery } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import type { SupportedLanguage } from '../../i18n/i18n';
import { formatNip } from '../../lib/nip';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { useErrorMessage } from '../../lib/use-error-message';
import { useAuthSession } from '../auth/auth-context';
import { downloadErrorReport, errorReportFileName } from './download-error-report';
import { ImportStatusBadge, isImportFinished } from './import-status-badge';

/** The contract asks to poll once a second while an import runs. */
const POLL_INTERVAL_MS = 1_000;

type WatchedImport = NonNullable<UserImportQuery['userImport']>;

export interface ImportResultProps {
  importId: string;
}

/** Progress of one import (polled until it ends), then its summary and problems. */
export function ImportResult({ importId }: ImportResultProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, error, stopPolling, refetch } = useQuery(UserImportDocument, {
    variables: { id: importId },
    pollInterval: POLL_INTERVAL_MS,
    fetchPolicy: 'network-only',
  });
  const userImport = data?.userImport;
  const finished = userImport ? isImportFinished(userImport.status) : false;

  useEffect(() => {
    if (!finished) return;
    stopPolling();
    // The recent-imports list still shows this one as running.
    void client.refetchQueries({ include: ['UserImports'] });
  }, [finished, stopPolling, client]);

  if (data === undefined) {
    if (error) {
      return (
        <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      );
    }
    return <Skeleton height={120} radius="md" aria-hidden="true" />;
  }
  if (!userImport) return <Alert variant="light">{t('import.notFound')}</Alert>;

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid="import-result">
      <Stack gap="md">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
            {userImport.fileName}
          </Title>
          <ImportStatusBadge status={userImport.status} />
        </Group>
        {!finished && <ImportProgress userImport={userImport} />}
        {/* A polling hiccup: the next poll may well work. */}
        {!finished && error && (
          <Text size="sm" c="orange.9">
            {t('import.pollProblem')}
          </Text>
        )}
        <div role="status">
          {userImport.status === 'COMPLETED' && <ImportSummary userImport={userImport} />}
          {userImport.status === 'FAILED' && (
            <Alert color="red" variant="light" title={t('import.failedTitle')}>
              {userImport.failureReason ?? t('import.failedDescription')}
            </Alert>
          )}
        </div>
        {userImport.status === 'COMPLETED' && userImport.problems.length > 0 && <ImportProblems userImport={userImport} />}
      </Stack>
    </Paper>
  );
}

function ImportProgress({ userImport }: { userImport: WatchedImport }) {
  const { t } = useTranslation();
  const { processedRows, totalRows, status } = userImport;
  const percent = totalRows > 0 ? Math.min(100, Math.round((processedRows / totalRows) * 100)) : 0;
  const waiting = status === 'QUEUED' || totalRows === 0;

  return (
    <Stack gap={6}>
      <Progress
        value={waiting ? 100 : percent}
        striped={waiting}
        animated={waiting}
        size="lg"
        aria-label={t('import.progressLabel')}
      />
      <Text size="sm" c="dimmed">
        {waiting ? t('import.queued') : t('import.progress', { processed: processedRows, total: totalRows, percent })}
      </Text>
    </Stack>
  );
}

function ImportSummary({ userImport }: { userImport: WatchedImport }) {
  const { t } = useTranslation();
  const counts = [
    { key: 'created', value: userImport.created, color: 'teal.9' },
    { key: 'updated', value: userImport.updated, color: 'indigo.8' },
    { key: 'unchanged', value: userImport.unchanged, color: 'gray.8' },
    { key: 'failed', value: userImport.failed, color: userImport.failed > 0 ? 'red.9' : 'gray.8' },
  ] as const;

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('import.finished', { count: userImport.totalRows })}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {counts.map((count) => (
          <Paper key={count.key} withBorder radius="md" p="sm">
            <Text size="xl" fw={700} c={count.color}>
              {count.value}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`import.counts.${count.key}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ImportProblems({ userImport }: { userImport: WatchedImport }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const session = useAuthSession();
  const describeError = useErrorMessage();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const { problems, errorReportUrl } = userImport;

  const handleDownload = async () => {
    if (!errorReportUrl) return;
    setDownloading(true);
    setDownloadError(null);
    try {
      await downloadErrorReport(session, errorReportUrl, errorReportFileName(userImport.fileName, t('import.reportSuffix')));
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={4} size="h5">
        {t('import.problemsTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('import.problemsShown', { shown: problems.length, count: userImport.failed })}
      </Text>
      <ProblemsTable problems={problems} language={language} asList={isPhone} />
      {errorReportUrl && (
        <Button variant="light" loading={downloading} onClick={() => void handleDownload()} style={{ alignSelf: 'flex-start' }}>
          {t('import.downloadReport')}
        </Button>
      )}
      {downloadError !== null && (
        <Alert color="red" variant="light">
          {describeError(downloadError)}
        </Alert>
      )}
    </Stack>
  );
}

interface ProblemsTableProps {
  problems: WatchedImport['problems'];
  language: SupportedLanguage;
  /** Phones: one block per problem instead of a four-column table. */
  asList: boolean;
}

function ProblemsTable({ problems, language, asList }: ProblemsTableProps) {
  const { t } = useTranslation();
  const reason = (problem: WatchedImport['problems'][number]) => (language === 'en' ? problem.messageEn : problem.message);

  if (asList) {
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {problems.map((problem, index) => (
          <Paper key={`${problem.rowNumber}-${problem.field ?? ''}-${index}`} component="li" withBorder radius="sm" p="xs">
            <Text size="sm" fw={600}>
              {[
                `${t('import.columns.row')} ${problem.rowNumber}`,
                problem.nip && `${t('import.columns.nip')} ${formatNip(problem.nip)}`,
                problem.field && `${t('import.columns.field')} ${problem.field}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Text size="sm">{reason(problem)}</Text>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Table striped verticalSpacing="xs" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.columns.row')}</Table.Th>
          <Table.Th>{t('import.columns.nip')}</Table.Th>
          <Table.Th>{t('import.columns.field')}</Table.Th>
          <Table.Th>{t('import.columns.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {problems.map((problem, index) => (
          <Table.Tr key={`${problem.rowNumber}-${problem.field ?? ''}-${index}`}>
            <Table.Td>{problem.rowNumber}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{problem.nip ? formatNip(problem.nip) : '–'}</Table.Td>
            <Table.Td>{problem.field ?? '–'}</Table.Td>
            <Table.Td>{reason(problem)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
