import { Alert, Box, Button, Center, EmptyState, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ActiveFilters } from './active-filters';
import { CatalogueFilters } from './catalogue-filters';
import { catalogueFilter } from './catalogue-search-params';
import type { CatalogueQuery } from './catalogue-search-params';
import { CatalogueSkeletonCards } from './catalogue-skeleton';
import { CourseCard } from './course-card';
import { useCatalogueCourses } from './use-catalogue-courses';
import type { CatalogueCourse } from './use-catalogue-courses';
import { useCatalogueAgencies } from './use-catalogue-agencies';
import type { CatalogueAgency } from './use-catalogue-agencies';
import { useCatalogueQuery } from './use-catalogue-query';

const GRID_COLS = { base: 1, sm: 2, lg: 3 };

/** Home page (`/`): the catalogue of published courses, searchable and filterable through the address bar. */
export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('catalogue.documentTitle')} · ${t('app.name')}`);
  const { query, update, clearFilters } = useCatalogueQuery();
  const list = useCatalogueCourses(query);
  const agencies = useCatalogueAgencies();
  const agencyName = agencyNameOf(query.agencyId, agencies.agencies, list.courses);

  return (
    <Stack gap="lg">
      <Box>
        <Title order={1}>{t('catalogue.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('catalogue.intro')}
        </Text>
      </Box>
      <CatalogueFilters query={query} agencies={agencies} agencyName={agencyName} onChange={update} />
      <ActiveFilters query={query} agencyName={agencyName} onChange={update} onClear={clearFilters} />
      <CatalogueResults list={list} query={query} onClearFilters={clearFilters} />
    </Stack>
  );
}

/**
 * The chosen agency's name: from the agency list, or (while it loads, if it failed, or for an
 * agency no longer in it) from the courses shown.
 */
function agencyNameOf(agencyId: string | null, agencies: CatalogueAgency[], courses: CatalogueCourse[]): string | null {
  if (!agencyId) return null;
  const listed = agencies.find((entry) => entry.agency.id === agencyId)?.agency.name;
  return listed ?? courses.find((course) => course.agency.id === agencyId)?.agency.name ?? null;
}

interface CatalogueResultsProps {
  list: ReturnType<typeof useCatalogueCourses>;
  query: CatalogueQuery;
  onClearFilters: () => void;
}

function CatalogueResults({ list, query, onClearFilters }: CatalogueResultsProps) {
  const { t } = useTranslation();
  const { courses, totalCount, isLoading, isRefreshing, hasError, hasMore, isLoadingMore, loadMoreFailed } = list;
  const isFiltered = catalogueFilter(query) !== null;

  const handleRetry = () => {
    void list.retry();
  };

  const handleLoadMore = () => {
    void list.loadMore();
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

  if (courses.length === 0 && isFiltered) {
    return (
      <EmptyState py="xl" aria-live="polite">
        <EmptyState.Title order={2}>{t('learning.catalogue.noResultsTitle')}</EmptyState.Title>
        <EmptyState.Description>
          {query.search
            ? t('learning.catalogue.noResultsForSearch', { search: query.search })
            : t('learning.catalogue.noResultsDescription')}
        </EmptyState.Description>
        <EmptyState.Actions>
          <Button onClick={onClearFilters}>{t('learning.catalogue.clearFilters')}</Button>
        </EmptyState.Actions>
      </EmptyState>
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
    <Stack gap="lg" aria-busy={isRefreshing}>
      <Text size="sm" c="dimmed" role="status">
        {isFiltered
          ? t('learning.catalogue.resultCount', { count: totalCount })
          : t('catalogue.totalCount', { count: totalCount })}
      </Text>
      <SimpleGrid
        cols={GRID_COLS}
        spacing="md"
        style={{ opacity: isRefreshing ? 0.55 : 1, transition: 'opacity 150ms' }}
      >
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
