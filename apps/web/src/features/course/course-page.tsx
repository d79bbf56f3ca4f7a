import { Alert, Button, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CourseOutlineDocument } from '../../gql/generated';
import { BackToCatalogueLink } from './back-to-catalogue-link';
import { CourseDetails } from './course-details';

/** Course page (`/kursus/:courseId`): public; enrolment and progress for a signed-in learner. */
export function CoursePage() {
  const { courseId } = useParams();
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(
    CourseOutlineDocument,
    // The learner's enrolment and progress change elsewhere (lesson pages, another device):
    // show the cached page at once, then refresh it.
    courseId ? { variables: { id: courseId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const course = data?.course;

  useDocumentTitle(course ? `${course.title} · ${t('app.name')}` : t('app.name'));

  const handleRetry = () => {
    refetch().catch(() => {
      // The failure is reported through `error` by useQuery.
    });
  };

  if (course) {
    return <CourseDetails course={course} />;
  }

  if (courseId && data === undefined && (loading || !error)) {
    return <CourseOutlineSkeleton />;
  }

  if (error && data === undefined) {
    return (
      <Stack gap="md" align="flex-start">
        <BackToCatalogueLink />
        <Alert color="red" variant="light" title={t('outline.errorTitle')} w="100%">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('outline.errorDescription')}</Text>
            <Button color="red" onClick={handleRetry}>
              {t('outline.retry')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }

  // `course` is null: unknown id or not published.
  return (
    <Stack gap="md" align="flex-start">
      <BackToCatalogueLink />
      <Title order={1}>{t('outline.notFoundTitle')}</Title>
      <Text c="dimmed">{t('outline.notFoundDescription')}</Text>
    </Stack>
  );
}

function CourseOutlineSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">{t('outline.loading')}</VisuallyHidden>
      <Skeleton height={14} width={140} />
      <Skeleton height={32} width="80%" />
      <Skeleton height={14} width="40%" />
      <Skeleton height={12} mt="md" />
      <Skeleton height={12} />
      <Skeleton height={12} width="60%" />
      <Skeleton height={120} mt="lg" radius="md" />
      <Skeleton height={120} radius="md" />
    </Stack>
  );
}
