import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Nilai tersimpan.": an essay grade was stored (its form starts again from it). */
export function GradeSavedNotice({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t('form.close')} onClose={onClose}>
      {t('quizAuthoring.grading.saved')}
    </Alert>
  );
}
