import { Anchor, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../../lib/paths';
import { useSignedInUser } from '../auth/auth-context';
import { JpProgressCard } from '../jp-ledger/jp-progress-card';
import { MyLearningSection } from '../learning/my-learning-section';
import { useMyEnrolments } from '../learning/use-my-enrolments';
import { HomeEmptyState } from './home-empty-state';

/** Learner home "Belajar saya" (`/belajar`): this year's JP, then courses in progress, assigned, requested and completed. */
export function LearnerHomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  useDocumentTitle(`${t('learnerHome.title')} · ${t('app.name')}`);
  const inProgress = useMyEnrolments('IN_PROGRESS');
  const assigned = useMyEnrolments('ASSIGNED');
  const pending = useMyEnrolments('PENDING');
  const completed = useMyEnrolments('COMPLETED');
  const lists = [inProgress, assigned, pending, completed];
  const isLoading = lists.some((list) => list.isLoading);
  const isEmpty = !isLoading && lists.every((list) => !list.error && list.enrolments.length === 0);

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('learnerHome.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('home.greeting', { name: user.fullName })}
        </Text>
      </div>
      <JpProgressCard />
      {isLoading && <VisuallyHidden role="status">{t('learning.home.loading')}</VisuallyHidden>}
      {isEmpty ? (
        <HomeEmptyState
          title={t('learnerHome.emptyTitle')}
          description={t('learnerHome.emptyDescription')}
          catalogueLabel={t('learnerHome.toCatalogue')}
        />
      ) : (
        <>
          <MyLearningSection group="IN_PROGRESS" list={inProgress} />
          <MyLearningSection group="ASSIGNED" list={assigned} />
          <MyLearningSection group="PENDING" list={pending} />
          <MyLearningSection group="COMPLETED" list={completed} />
          <Anchor component={Link} to={PATHS.catalogue} size="sm">
            {t('learnerHome.toCatalogue')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
