import { Anchor, Button, Group, Skeleton, Stack, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { AuthoringCourseDocument } from '../../gql/generated';
import type { AuthoringCourseEditorFragment } from '../../gql/generated';
import { PATHS } from '../../lib/paths';
import { useSignedInUser } from '../auth/auth-context';
import { administersAgency } from '../course-admin/course-permissions';
import { PublishingPanel } from '../course-admin/publishing-panel';
import { coursePath } from '../course/course-path';
import { questionBankPath } from '../quiz-bank/quiz-bank-path';
import { courseQuizzesPath } from '../quiz-results/quiz-results-paths';
import { courseEnrolmentsPath } from './authoring-paths';
import { CourseEditingContext } from './course-editing';
import { CourseDetailsForm } from './details/course-details-form';
import { CourseStatusBadges } from './course-status-badges';
import { EditingProblemAlert } from './editing-problem-alert';
import { OutlineEditor } from './outline/outline-editor';
import { RevisionStatus } from './revision-status';
import { useCourseEditingState } from './use-course-editing-state';

/** A course's draft for its authors (`/mengajar/kursus/:courseId`): details and outline. */
export function CourseEditorPage() {
  const { courseId } = useParams();
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(
    AuthoringCourseDocument,
    courseId ? { variables: { id: courseId } } : skipToken,
  );
  const course = data?.authoringCourse;
  useDocumentTitle(`${course ? course.title : t('authoring.editor.documentTitle')} · ${t('app.name')}`);

  if (course) return <CourseEditor course={course} refetch={refetch} />;
  if (loading || (!error && data === undefined)) return <EditorSkeleton />;
  if (error && data === undefined) {
    return (
      <Stack gap="md">
        <BackLink />
        <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('authoring.editor.loadError')} />
      </Stack>
    );
  }
  return (
    <Stack gap="md" align="flex-start">
      <BackLink />
      <Title order={1}>{t('authoring.editor.notFoundTitle')}</Title>
      <Text c="dimmed">{t('authoring.editor.notFoundDescription')}</Text>
    </Stack>
  );
}

interface CourseEditorProps {
  course: AuthoringCourseEditorFragment;
  refetch: () => Promise<unknown>;
}

function CourseEditor({ course, refetch }: CourseEditorProps) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const editing = useCourseEditingState(course, refetch);
  const isAdmin = administersAgency(user, course.agency.id);

  return (
    <CourseEditingContext value={editing}>
      <Stack gap="lg">
        <Stack gap="xs">
          <BackLink />
          <Title order={1} lh={1.25}>
            {course.title}
          </Title>
          <Group gap="sm">
            <CourseStatusBadges status={course.status} hasUnpublishedChanges={course.hasUnpublishedChanges} />
            <Text size="sm" c="dimmed">
              {course.agency.name}
            </Text>
          </Group>
          <RevisionStatus course={course} />
          <Group gap="sm" mt="xs">
            <Button component={Link} to={courseEnrolmentsPath(course.id)} variant="light">
              {t('authoring.editor.enrolments', { count: course.enrolledCount })}
            </Button>
            <Button component={Link} to={questionBankPath(course.id)} variant="light" data-testid="question-bank-link">
              {t('quizAuthoring.links.bank')}
            </Button>
            <Button component={Link} to={courseQuizzesPath(course.id)} variant="light" data-testid="course-quizzes-link">
              {t('quizAuthoring.links.quizzes')}
            </Button>
            {course.status !== 'DRAFT' && (
              <Button component={Link} to={coursePath(course.id)} variant="subtle">
                {t('authoring.editor.viewPublished')}
              </Button>
            )}
          </Group>
        </Stack>

        <div style={{ position: 'sticky', top: 64, zIndex: 5 }}>
          <EditingProblemAlert />
        </div>
        {editing.readOnly && (
          <Text size="sm" c="dimmed" role="note">
            {t('authoring.editor.archivedNotice')}
          </Text>
        )}
        {isAdmin && <PublishingPanel />}

        <Tabs defaultValue="outline" keepMounted>
          <Tabs.List>
            <Tabs.Tab value="outline">{t('authoring.editor.outlineTab')}</Tabs.Tab>
            <Tabs.Tab value="details">{t('authoring.editor.detailsTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="outline" pt="md">
            <OutlineEditor />
          </Tabs.Panel>
          <Tabs.Panel value="details" pt="md">
            <CourseDetailsForm canChooseInstructors={isAdmin} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </CourseEditingContext>
  );
}

function BackLink() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const toAdminList = !user.memberships.some((membership) => membership.role === 'INSTRUCTOR');
  return (
    <Anchor component={Link} to={toAdminList ? PATHS.adminCourses : PATHS.instructorHome} size="sm">
      ← {t('authoring.editor.back')}
    </Anchor>
  );
}

function EditorSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">{t('authoring.editor.loading')}</VisuallyHidden>
      <Skeleton height={14} width={120} />
      <Skeleton height={32} width="70%" />
      <Skeleton height={20} width="40%" />
      <Skeleton height={160} mt="lg" radius="md" />
      <Skeleton height={160} radius="md" />
    </Stack>
  );
}
