import { NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompetencyType, CourseLevel, EnrolmentPolicy } from '../../gql/generated';
import { COMPETENCY_TYPES, COURSE_LEVELS, ENROLMENT_POLICIES } from './course-basics';
import type { CourseBasics, CourseBasicsErrors } from './course-basics';

export interface CourseBasicsFieldsProps {
  fields: CourseBasics;
  errors: CourseBasicsErrors;
  onChange: (changes: Partial<CourseBasics>) => void;
  disabled?: boolean;
}

/** Title, summary, competency type, level, JP, duration and enrolment policy of a course. */
export function CourseBasicsFields({ fields, errors, onChange, disabled }: CourseBasicsFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        label={t('authoring.fields.title')}
        required
        maxLength={200}
        value={fields.title}
        error={errors.title}
        disabled={disabled}
        onChange={(event) => {
          onChange({ title: event.currentTarget.value });
        }}
      />
      <Textarea
        label={t('authoring.fields.summary')}
        description={t('authoring.fields.summaryHint')}
        required
        autosize
        minRows={2}
        maxLength={500}
        value={fields.summary}
        error={errors.summary}
        disabled={disabled}
        onChange={(event) => {
          onChange({ summary: event.currentTarget.value });
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('authoring.fields.competencyType')}
          required
          data={COMPETENCY_TYPES.map((value) => ({ value, label: t(`competencyType.${value}`) }))}
          value={fields.competencyType}
          error={errors.competencyType}
          disabled={disabled}
          allowDeselect={false}
          onChange={(value) => {
            onChange({ competencyType: value as CompetencyType | null });
          }}
        />
        <Select
          label={t('authoring.fields.level')}
          required
          data={COURSE_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
          value={fields.level}
          error={errors.level}
          disabled={disabled}
          allowDeselect={false}
          onChange={(value) => {
            onChange({ level: value as CourseLevel | null });
          }}
        />
        <NumberInput
          label={t('authoring.fields.jp')}
          description={t('authoring.fields.jpHint')}
          required
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={fields.jp}
          error={errors.jp}
          disabled={disabled}
          onChange={(value) => {
            onChange({ jp: value });
          }}
        />
        <NumberInput
          label={t('authoring.fields.estimatedMinutes')}
          description={t('authoring.fields.estimatedMinutesHint')}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={fields.estimatedMinutes}
          error={errors.estimatedMinutes}
          disabled={disabled}
          onChange={(value) => {
            onChange({ estimatedMinutes: value });
          }}
        />
      </SimpleGrid>
      <Select
        label={t('authoring.fields.enrolmentPolicy')}
        description={t(`authoring.enrolmentPolicyHint.${fields.enrolmentPolicy}`)}
        data={ENROLMENT_POLICIES.map((value) => ({ value, label: t(`authoring.enrolmentPolicy.${value}`) }))}
        value={fields.enrolmentPolicy}
        disabled={disabled}
        allowDeselect={false}
        onChange={(value) => {
          if (value) onChange({ enrolmentPolicy: value as EnrolmentPolicy });
        }}
        maw={420}
      />
    </Stack>
  );
}
