import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Quiz lessons arrive with their own feature; until then, say so. */
export function ComingSoonLesson() {
  const { t } = useTranslation();
  return (
    <Alert color="indigo" variant="light" title={t('learning.lesson.quiz.title')}>
      {t('learning.lesson.quiz.description')}
    </Alert>
  );
}
