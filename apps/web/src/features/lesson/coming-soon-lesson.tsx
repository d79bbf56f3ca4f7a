import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Video and quiz lessons arrive with their own features; until then, say so. */
export function ComingSoonLesson({ kind }: { kind: 'VIDEO' | 'QUIZ' }) {
  const { t } = useTranslation();
  const texts = kind === 'VIDEO' ? 'video' : 'quiz';
  return (
    <Alert color="indigo" variant="light" title={t(`learning.lesson.${texts}.title`)}>
      {t(`learning.lesson.${texts}.description`)}
    </Alert>
  );
}
