import { Alert, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UserImportsDocument } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';
import { useErrorMessage } from '../../lib/use-error-message';
import { ImportStatusBadge } from './import-status-badge';

export interface RecentImportsProps {
  agencyId: string;
  watchedImportId: string | null;
  onWatch: (importId: string) => void;
}

/** The agency's latest imports; any of them can be opened in the result panel. */
export function RecentImports({ agencyId, watchedImportId, onWatch }: RecentImportsProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const describeError = useErrorMessage();
  const { data, error, loading } = useQuery(UserImportsDocument, {
    variables: { agencyId },
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    if (loading) return <Skeleton height={64} radius="md" aria-hidden="true" />;
    return (
      <Alert color="red" variant="light">
        {describeError(error)}
      </Alert>
    );
  }
  if (data.userImports.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('import.noRecent')}
      </Text>
    );
  }

  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {data.userImports.map((userImport) => (
        <Paper
          key={userImport.id}
          component="li"
          withBorder
          radius="md"
          p="sm"
          bg={userImport.id === watchedImportId ? 'indigo.0' : undefined}
        >
          <Group justify="space-between" gap="xs" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 200px' }}>
              <Group gap="xs">
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {userImport.fileName}
                </Text>
                <ImportStatusBadge status={userImport.status} />
              </Group>
              <Text size="sm" c="dimmed">
                {formatDateTime(userImport.createdAt, language)} ·{' '}
                {t('import.recentCounts', {
                  total: userImport.totalRows,
                  created: userImport.created,
                  updated: userImport.updated,
                  failed: userImport.failed,
                })}
              </Text>
            </Stack>
            <Button
              size="compact-sm"
              variant="light"
              aria-label={t('import.viewFor', { name: userImport.fileName })}
              onClick={() => {
                onWatch(userImport.id);
              }}
            >
              {t('import.view')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
