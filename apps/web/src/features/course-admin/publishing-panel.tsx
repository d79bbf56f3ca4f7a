import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ArchiveCourseDocument, DeleteCourseDocument, PublishCourseDocument } from '../../gql/generated';
import { PATHS } from '../../lib/paths';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCourseEditing } from '../authoring/course-editing';

type Confirming = 'archive' | 'delete' | null;

/**
 * Admins only: publish the draft for learners, archive the course, or delete
 * it. Delete is offered only while nobody ever enrolled; the server refuses it
 * otherwise (and its message is shown): archive instead.
 */
export function PublishingPanel() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { course, run, saving } = useCourseEditing();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [publishCourse] = useMutation(PublishCourseDocument);
  const [archiveCourse, archiving] = useMutation(ArchiveCourseDocument);
  const [deleteCourse, deleting] = useMutation(DeleteCourseDocument);

  const lessonCount = course.modules.reduce((sum, module) => sum + module.lessons.length, 0);
  const archived = course.status === 'ARCHIVED';
  const canPublish = !archived && lessonCount > 0 && (course.status === 'DRAFT' || course.hasUnpublishedChanges);
  const actionError = archiving.error ?? deleting.error;

  const handlePublish = async () => {
    setNotice(null);
    const published = await run((revision) => publishCourse({ variables: { courseId: course.id, revision } }));
    if (published) setNotice(t('authoring.publish.published'));
  };

  const handleArchive = async () => {
    try {
      await archiveCourse({ variables: { courseId: course.id } });
      setConfirming(null);
      setNotice(t('authoring.publish.archived'));
    } catch {
      // Shown through `archiving.error`.
    }
  };

  const handleDelete = async () => {
    try {
      await deleteCourse({ variables: { courseId: course.id } });
      client.cache.evict({ id: client.cache.identify({ __typename: 'AuthoringCourse', id: course.id }) });
      client.cache.gc();
      void navigate(PATHS.adminCourses, { replace: true, state: { deletedTitle: course.title } });
    } catch {
      // Shown through `deleting.error`.
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="publishing-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="publishing-heading">
          {t('authoring.publish.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {archived
            ? t('authoring.publish.archivedHint')
            : lessonCount === 0
              ? t('authoring.publish.needsLesson')
              : course.status === 'DRAFT'
                ? t('authoring.publish.draftHint')
                : course.hasUnpublishedChanges
                  ? t('authoring.publish.changesHint')
                  : t('authoring.publish.upToDateHint')}
        </Text>
        <Group gap="sm">
          {!archived && (
            <Button onClick={() => void handlePublish()} disabled={!canPublish} loading={saving && canPublish}>
              {course.status === 'DRAFT' ? t('authoring.publish.publish') : t('authoring.publish.publishChanges')}
            </Button>
          )}
          {course.status === 'PUBLISHED' && (
            <Button
              variant="default"
              onClick={() => {
                setConfirming('archive');
              }}
            >
              {t('authoring.publish.archive')}
            </Button>
          )}
          {course.enrolledCount === 0 && (
            <Button
              variant="subtle"
              color="red.8"
              onClick={() => {
                setConfirming('delete');
              }}
            >
              {t('authoring.publish.delete')}
            </Button>
          )}
        </Group>
        {notice && (
          <Text size="sm" c="green.9" role="status">
            {notice}
          </Text>
        )}
      </Stack>

      <Modal
        opened={confirming !== null}
        onClose={() => {
          setConfirming(null);
        }}
        title={confirming === 'delete' ? t('authoring.publish.deleteTitle') : t('authoring.publish.archiveTitle')}
      >
        <Stack gap="md">
          <Text size="sm">
            {confirming === 'delete'
              ? t('authoring.publish.deleteConfirm', { title: course.title })
              : t('authoring.publish.archiveConfirm', { title: course.title })}
          </Text>
          {actionError && (
            <Alert color="red" variant="light" role="alert">
              {describeError(actionError)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                setConfirming(null);
              }}
            >
              {t('form.cancel')}
            </Button>
            {confirming === 'delete' ? (
              <Button color="red.8" loading={deleting.loading} onClick={() => void handleDelete()}>
                {t('authoring.publish.delete')}
              </Button>
            ) : (
              <Button color="dark" loading={archiving.loading} onClick={() => void handleArchive()}>
                {t('authoring.publish.archive')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
