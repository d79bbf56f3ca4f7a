import { Alert, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AgencyPicker } from '../admin/agency-picker';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { AuthoringCoursesSection } from '../authoring/authoring-courses-section';

/** Agency admin: every course of the agency, to publish, archive and assign (`/admin/kursus`). */
export function AdminCoursesPage() {
  const { t } = useTranslation();
  const admin = useAdminAgencies();
  // Set by the publishing panel after deleting a course.
  const deletedTitle = (useLocation().state as { deletedTitle?: string } | null)?.deletedTitle;
  useDocumentTitle(`${t('authoring.adminCourses.title')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('authoring.adminCourses.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('authoring.adminCourses.intro')}
        </Text>
      </div>
      {deletedTitle && (
        <Alert color="green" variant="light" role="status">
          {t('authoring.adminCourses.deleted', { title: deletedTitle })}
        </Alert>
      )}
      <AgencyPicker admin={admin} />
      {admin.selected && <AuthoringCoursesSection key={admin.selected.id} agencyId={admin.selected.id} />}
    </Stack>
  );
}
