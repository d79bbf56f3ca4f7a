import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../auth/auth-context';
import { HomeEmptyState } from './home-empty-state';

/** Learner home (`/belajar`). Enrolled courses arrive with enrolment. */
export function LearnerHomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  useDocumentTitle(`${t('learnerHome.title')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('learnerHome.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('home.greeting', { name: user.fullName })}
        </Text>
      </div>
      <HomeEmptyState
        title={t('learnerHome.emptyTitle')}
        description={t('learnerHome.emptyDescription')}
        catalogueLabel={t('learnerHome.toCatalogue')}
      />
    </Stack>
  );
}
