import { Alert, Box, Button, Center, EmptyState, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { CatalogueSkeletonCards } from './catalogue-skeleton';
import { CourseCard } from './course-card';
import { useCatalogueCourses } from './use-catalogue-courses';

const GRID_COLS = { base: 1, sm: 2, lg: 3 };

/** Home page (`/`): the catalogue of published courses. */
export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('catalogue.documentTitle')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <Box>
        <Title order={1}>{t('catalogue.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('catalogue.intro')}
        </Text>
      </Box>
      <CatalogueContent />
    </Stack>
  );
}

function CatalogueContent() {
  const { t } = useTranslation();
  const { courses, totalCount, isLoading, hasError, hasMore, isLoadingMore, loadMoreFailed, loadMore, retry } =
    useCatalogueCourses();

  const handleRetry = () => {
    void retry();
  };

  const handleLoadMore = () => {
    void loadMore();
  };

  if (isLoading) {
    return (
      <Box aria-busy="true">
        <VisuallyHidden role="status">{t('catalogue.loading')}</VisuallyHidden>
        <SimpleGrid cols={GRID_COLS} spacing="md">
          <CatalogueSkeletonCards count={6} />
        </SimpleGrid>
      </Box>
    );
  }

  if (hasError) {
    return (
      <Alert color="red" variant="light" title={t('catalogue.errorTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('catalogue.errorDescription')}</Text>
          <Button color="red" variant="filled" onClick={handleRetry}>
            {t('catalogue.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  if (courses.length === 0) {
    return (
      <EmptyState py="xl">
        <EmptyState.Title order={2}>{t('catalogue.emptyTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('catalogue.emptyDescription')}</EmptyState.Description>
      </EmptyState>
    );
  }

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('catalogue.totalCount', { count: totalCount })}
      </Text>
      <SimpleGrid cols={GRID_COLS} spacing="md">
        {courses.map((course) => (
          <CourseCard key={course.id} course={course} />
        ))}
        {isLoadingMore && <CatalogueSkeletonCards count={3} />}
      </SimpleGrid>
      {loadMoreFailed && (
        <Alert color="red" variant="light">
          {t('catalogue.loadMoreError')}
        </Alert>
      )}
      {hasMore && (
        <Center>
          <Button variant="light" size="md" onClick={handleLoadMore} loading={isLoadingMore}>
            {t('catalogue.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
