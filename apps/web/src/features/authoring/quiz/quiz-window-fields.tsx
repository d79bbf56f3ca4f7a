// @mantine/dates and its styles load with the quiz settings only.
import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { Group } from '@mantine/core';
import { DateTimePicker, DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';

export interface QuizWindowFieldsProps {
  /** `YYYY-MM-DD HH:mm:ss` in the user's time zone, or null. */
  opensAt: string | null;
  closesAt: string | null;
  closesAtError?: string;
  disabled: boolean;
  onChange: (changes: { opensAt?: string | null; closesAt?: string | null }) => void;
}

/** When learners may start the quiz: from, until (each optional). */
export function QuizWindowFields({ opensAt, closesAt, closesAtError, disabled, onChange }: QuizWindowFieldsProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <Group gap="md" align="flex-start" grow>
        <DateTimePicker
          label={t('quizAuthoring.settings.opensAt')}
          description={t('quizAuthoring.settings.windowHint')}
          value={opensAt}
          valueFormat="D MMM YYYY HH:mm"
          clearable
          disabled={disabled}
          onChange={(value) => {
            onChange({ opensAt: value });
          }}
        />
        <DateTimePicker
          label={t('quizAuthoring.settings.closesAt')}
          description={t('quizAuthoring.settings.windowHint')}
          value={closesAt}
          valueFormat="D MMM YYYY HH:mm"
          clearable
          minDate={opensAt ?? undefined}
          error={closesAtError}
          disabled={disabled}
          onChange={(value) => {
            onChange({ closesAt: value });
          }}
        />
      </Group>
    </DatesProvider>
  );
}
