import { Box, Button, Center, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../components/load-error-alert';
import type { MyLearningGroup } from '../../gql/generated';
import { MyEnrolmentCard } from './my-enrolment-card';
import type { MyEnrolmentsList } from './use-my-enrolments';

const TITLE_KEYS = {
  IN_PROGRESS: 'learning.home.inProgress',
  ASSIGNED: 'learning.home.assigned',
  PENDING: 'learning.home.pending',
  COMPLETED: 'learning.home.completed',
} as const satisfies Record<MyLearningGroup, string>;

export interface MyLearningSectionProps {
  group: MyLearningGroup;
  list: MyEnrolmentsList;
}

/** One group of "Belajar saya" (a heading, its courses, "show more"); hidden when it has none. */
export function MyLearningSection({ group, list }: MyLearningSectionProps) {
  const { t } = useTranslation();
  const headingId = `my-learning-${group.toLowerCase()}`;
  if (!list.isLoading && !list.error && list.enrolments.length === 0) return null;

  return (
    <Box component="section" aria-labelledby={headingId} data-testid={`my-learning-${group}`}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(TITLE_KEYS[group])}
        {list.totalCount > 0 && (
          <Text span c="dimmed" fw={400} size="md" ml={8}>
            ({t('learning.home.count', { count: list.totalCount })})
          </Text>
        )}
      </Title>
      {list.error ? (
        <LoadErrorAlert error={list.error} onRetry={list.retry} title={t('learning.home.loadError')} />
      ) : list.isLoading ? (
        <Skeleton height={120} radius="md" aria-hidden="true" />
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {list.enrolments.map((enrolment) => (
              <MyEnrolmentCard key={enrolment.id} enrolment={enrolment} group={group} />
            ))}
          </SimpleGrid>
          {list.loadMoreFailed && (
            <Text size="sm" c="red.8">
              {t('learning.home.loadError')}
            </Text>
          )}
          {list.hasMore && (
            <Center>
              <Button variant="light" onClick={() => void list.loadMore()} loading={list.isLoadingMore}>
                {t('learning.home.loadMore')}
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </Box>
  );
}
