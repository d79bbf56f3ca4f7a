import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../auth/auth-context';
import { HomeEmptyState } from './home-empty-state';

/** Instructor home (`/mengajar`). Course authoring arrives later. */
export function InstructorHomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  useDocumentTitle(`${t('instructorHome.title')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('instructorHome.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('home.greeting', { name: user.fullName })}
        </Text>
      </div>
      <HomeEmptyState
        title={t('instructorHome.emptyTitle')}
        description={t('instructorHome.emptyDescription')}
        catalogueLabel={t('instructorHome.toCatalogue')}
      />
    </Stack>
  );
}
