import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgenciesDocument } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';
import { LoadErrorAlert } from '../../components/load-error-alert';

export const AGENCIES_PAGE_SIZE = 20;

/** Every agency on the deployment, with "load more". */
export function AgenciesList() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(AgenciesDocument, {
    variables: { first: AGENCIES_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.agencies;

  if (!connection) {
    if (error) {
      return (
        <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      );
    }
    return <Skeleton height={160} radius="md" aria-hidden="true" />;
  }

  const endCursor = connection.pageInfo.endCursor;
  const handleLoadMore = async () => {
    if (!endCursor) return;
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (fetchError) {
      setLoadMoreError(fetchError);
    }
  };

  if (connection.edges.length === 0) return <Text c="dimmed">{t('agencies.empty')}</Text>;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('agencies.count', { count: connection.totalCount })}
      </Text>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {connection.edges.map(({ node }) => (
          <Paper key={node.id} component="li" withBorder radius="md" p="sm" data-testid="agency-row">
            <Group justify="space-between" gap="xs" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text fw={600}>{node.name}</Text>
                <Text size="sm" c="dimmed">
                  {[node.code, node.region].filter(Boolean).join(' · ')}
                </Text>
              </div>
              <Badge variant="light" color="gray" tt="none">
                {t(`agencyKind.${node.kind}`)}
              </Badge>
            </Group>
          </Paper>
        ))}
      </Stack>
      {loadMoreError !== null && (
        <Alert color="red" variant="light">
          {describeError(loadMoreError)}
        </Alert>
      )}
      {connection.pageInfo.hasNextPage && endCursor && (
        <Button
          variant="light"
          loading={networkStatus === NetworkStatus.fetchMore}
          onClick={() => void handleLoadMore()}
          style={{ alignSelf: 'center' }}
        >
          {t('agencies.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
