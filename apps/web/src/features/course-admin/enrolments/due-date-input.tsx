// @mantine/dates and its styles load with the enrolment pages only.
import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { DateInput, DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';

export interface DueDateInputProps {
  /** `YYYY-MM-DD`, or null for no due date. */
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
}

/** The day an assignment is due; picked from a calendar or typed. */
export function DueDateInput({ value, onChange, error }: DueDateInputProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <DateInput
        label={t('authoring.assign.dueDate')}
        description={t('authoring.assign.dueDateHint')}
        value={value}
        onChange={onChange}
        minDate={dayjs().format('YYYY-MM-DD')}
        valueFormat="D MMMM YYYY"
        clearable
        error={error}
        maw={320}
      />
    </DatesProvider>
  );
}

/** The end of the chosen day in the user's time zone: due "on 30 June" means until that evening. */
export function dueAtOf(value: string | null): string | null {
  return value ? dayjs(value).endOf('day').toISOString() : null;
}
