import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuthoringCourseEditorFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';

/** Where the draft stands against what learners see: revision, last publication, unpublished changes. */
export function RevisionStatus({ course }: { course: AuthoringCourseEditorFragment }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const published = course.lastPublishedAt
    ? t('authoring.revision.lastPublished', { date: formatDateTime(course.lastPublishedAt, language) })
    : t('authoring.revision.neverPublished');
  const state =
    course.status === 'DRAFT'
      ? null
      : course.hasUnpublishedChanges
        ? t('authoring.revision.unpublished')
        : t('authoring.revision.upToDate');

  return (
    <Text size="sm" c="dimmed" data-testid="revision-status">
      {[t('authoring.revision.number', { revision: course.revision }), published, state].filter(Boolean).join(' · ')}
    </Text>
  );
}
