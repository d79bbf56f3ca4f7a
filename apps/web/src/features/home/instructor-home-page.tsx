import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../admin/agency-picker';
import { useSignedInUser } from '../auth/auth-context';
import { AuthoringCoursesSection } from '../authoring/authoring-courses-section';
import { useInstructorAgencies } from '../authoring/use-instructor-agencies';

/** Instructor home (`/mengajar`): the courses of the agency one teaches for. */
export function InstructorHomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const agencies = useInstructorAgencies();
  useDocumentTitle(`${t('instructorHome.title')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('instructorHome.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('home.greeting', { name: user.fullName })}
        </Text>
      </div>
      <AgencyPicker admin={agencies} emptyMessage={t('authoring.list.noAgency')} />
      {agencies.selected && <AuthoringCoursesSection key={agencies.selected.id} agencyId={agencies.selected.id} />}
    </Stack>
  );
}
