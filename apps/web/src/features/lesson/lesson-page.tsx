import { Alert, Button, Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { skipToken, useQuery } from '@apollo/client/react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LessonViewDocument } from '../../gql/generated';
import { errorCode } from '../../lib/api-error';
import { useErrorMessage } from '../../lib/use-error-message';
import { coursePath } from '../course/course-path';
import { LessonScreen } from './lesson-screen';

/** Lesson page (`/kursus/:courseId/pelajaran/:lessonId`), behind a sign-in. */
export function LessonPage() {
  const { courseId, lessonId } = useParams();
  const { data, error, loading, refetch } = useQuery(
    LessonViewDocument,
    // The learner's progress may have moved on another device: show the cache, then refresh.
    courseId && lessonId ? { variables: { courseId, lessonId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );

  if (data) return <LessonScreen key={data.lesson.lesson.id} view={data.lesson} />;
  if (error && !loading && courseId) {
    return (
      <LessonError
        courseId={courseId}
        error={error}
        onRetry={() => {
          refetch().catch(() => undefined);
        }}
      />
    );
  }
  return <LessonSkeleton />;
}

interface LessonErrorProps {
  courseId: string;
  error: unknown;
  onRetry: () => void;
}

/** A locked lesson, a course the user is not enrolled in, or no connection: the API's own words, and a way on. */
function LessonError({ courseId, error, onRetry }: LessonErrorProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const code = errorCode(error);
  useDocumentTitle(`${t('learning.lesson.errorTitle')} · ${t('app.name')}`);
  const refused = code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' || code === 'NOT_FOUND';

  return (
    <Stack gap="md" maw={640}>
      <Alert color={refused ? 'yellow' : 'red'} variant="light" title={t('learning.lesson.errorTitle')}>
        <Text size="sm">{describeError(error)}</Text>
      </Alert>
      <Group gap="sm">
        <Button component={Link} to={coursePath(courseId)}>
          {t('learning.lesson.backToCourse')}
        </Button>
        {!refused && (
          <Button variant="default" onClick={onRetry}>
            {t('form.retry')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function LessonSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" maw={760}>
      <VisuallyHidden role="status">{t('learning.lesson.loading')}</VisuallyHidden>
      <Skeleton height={14} width={180} />
      <Skeleton height={12} width={120} />
      <Skeleton height={30} width="85%" />
      <Skeleton height={10} mt="md" />
      <Skeleton height={12} />
      <Skeleton height={12} />
      <Skeleton height={12} width="70%" />
      <Skeleton height={12} mt="md" />
      <Skeleton height={12} width="90%" />
    </Stack>
  );
}
