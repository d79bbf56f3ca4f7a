import { Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { AuthoringCourseDocument } from '../../gql/generated';
import type { AuthoringCourseEditorFragment } from '../../gql/generated';
import { authoringCoursePath } from '../authoring/authoring-paths';

export interface CourseFrameProps {
  courseId: string | undefined;
  /** The page's title in the browser tab, once the course is known. */
  documentTitle: (course: AuthoringCourseEditorFragment | null) => string;
  loadErrorTitle: string;
  children: (course: AuthoringCourseEditorFragment) => ReactNode;
}

/**
 * A quiz page of one course: loads the course (the author's draft: its quiz lessons and titles),
 * shows loading, error or "not found", then the page. `authoringCourse` is null for a course the
 * caller may not author; the API decides.
 */
export function CourseFrame({ courseId, documentTitle, loadErrorTitle, children }: CourseFrameProps) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(AuthoringCourseDocument, courseId ? { variables: { id: courseId } } : skipToken);
  const course = data?.authoringCourse ?? null;
  useDocumentTitle(`${documentTitle(course)} · ${t('app.name')}`);

  if (course) return <>{children(course)}</>;
  if (loading || (!error && data === undefined)) return <Skeleton height={200} radius="md" aria-busy="true" />;
  if (error && data === undefined) {
    return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={loadErrorTitle} />;
  }
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('authoring.editor.notFoundTitle')}</Title>
      <Text c="dimmed">{t('authoring.editor.notFoundDescription')}</Text>
    </Stack>
  );
}

/** "← Kembali ke kursus" (or another page of the course). */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {children}
    </Anchor>
  );
}

export function courseEditorLink(courseId: string): string {
  return authoringCoursePath(courseId);
}

/** The course's QUIZ lessons in outline order, with their module's title. */
export function quizLessonsOf(course: AuthoringCourseEditorFragment) {
  return course.modules.flatMap((module) =>
    module.lessons.filter((lesson) => lesson.kind === 'QUIZ').map((lesson) => ({ lesson, moduleTitle: module.title })),
  );
}
