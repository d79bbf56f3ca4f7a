import { Button, Checkbox, Divider, Group, Select, Stack, TagsInput, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateCourseDetailsDocument } from '../../../gql/generated';
import { validateBasics } from '../course-basics';
import { CourseBasicsFields } from '../course-basics-fields';
import { useCourseEditing } from '../course-editing';
import { changedDetails, detailsOf } from './course-details';
import type { DetailsFields } from './course-details';
import { CoverImageField } from './cover-image-field';
import { InstructorsField } from './instructors-field';
import { OutcomesInput } from './outcomes-input';

/** Course content languages (the `language` field holds the code). */
const LANGUAGES = ['id', 'en'] as const;

export interface CourseDetailsFormProps {
  /** Admins name the course's instructors; instructors see them. */
  canChooseInstructors: boolean;
}

/**
 * The details of the draft. What is typed stays in the form until it is saved,
 * also across a CONFLICT and the reload after it; only the changed fields are sent.
 */
export function CourseDetailsForm({ canChooseInstructors }: CourseDetailsFormProps) {
  const { t } = useTranslation();
  const { course, run, readOnly, saving } = useCourseEditing();
  // Only what the user changed is kept here; every other field shows the server's value, so a
  // reload after a CONFLICT brings in the other person's changes without losing the typed ones.
  const [edits, setEdits] = useState<Partial<DetailsFields>>({});
  const fields: DetailsFields = { ...detailsOf(course), ...edits };
  const [submitted, setSubmitted] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const [updateDetails] = useMutation(UpdateCourseDetailsDocument);

  const errors = validateBasics(fields, t);
  const changes = changedDetails(fields, course);
  const dirty = Object.keys(changes).length > 0;

  const change = (next: Partial<DetailsFields>) => {
    setEdits((previous) => ({ ...previous, ...next }));
    setSavedNotice(false);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0 || !dirty) return;
    const result = await run((revision) =>
      updateDetails({ variables: { courseId: course.id, revision, input: changes } }),
    );
    if (result) {
      setEdits({});
      setSubmitted(false);
      setSavedNotice(true);
    }
  };

  const languageOptions = LANGUAGES.includes(fields.language as (typeof LANGUAGES)[number])
    ? LANGUAGES
    : [...LANGUAGES, fields.language];

  return (
    <Stack gap="xl">
      <CoverImageField />
      <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="course-details-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="course-details-heading">
            {t('authoring.details.title')}
          </Title>
          <CourseBasicsFields fields={fields} errors={submitted ? errors : {}} onChange={change} disabled={readOnly} />
          <Textarea
            label={t('authoring.fields.description')}
            description={t('authoring.fields.descriptionHint')}
            autosize
            minRows={4}
            value={fields.description}
            disabled={readOnly}
            onChange={(event) => {
              change({ description: event.currentTarget.value });
            }}
          />
          <OutcomesInput
            values={fields.learningOutcomes}
            disabled={readOnly}
            onChange={(learningOutcomes) => {
              change({ learningOutcomes });
            }}
          />
          <TagsInput
            label={t('authoring.fields.tags')}
            description={t('authoring.fields.tagsHint')}
            value={fields.tags}
            disabled={readOnly}
            splitChars={[',']}
            clearable
            onChange={(tags) => {
              change({ tags });
            }}
          />
          <Select
            label={t('authoring.fields.language')}
            data={languageOptions.map((value) => ({ value, label: t(`authoring.languages.${value}`, { defaultValue: value }) }))}
            value={fields.language}
            allowDeselect={false}
            disabled={readOnly}
            onChange={(value) => {
              if (value) change({ language: value });
            }}
            maw={420}
          />
          <Checkbox
            label={t('authoring.fields.preventSkippingAhead')}
            description={t('authoring.fields.preventSkippingAheadHint')}
            checked={fields.preventSkippingAhead}
            disabled={readOnly}
            onChange={(event) => {
              change({ preventSkippingAhead: event.currentTarget.checked });
            }}
          />
          <InstructorsField
            editable={canChooseInstructors && !readOnly}
            value={fields.instructorIds}
            onChange={(instructorIds) => {
              change({ instructorIds });
            }}
          />
          <Divider />
          <Group gap="sm">
            <Button type="submit" loading={saving && submitted} disabled={readOnly || !dirty}>
              {t('authoring.details.save')}
            </Button>
            <Text size="sm" c="dimmed" role="status">
              {dirty ? t('authoring.details.unsaved') : savedNotice ? t('authoring.details.saved') : ''}
            </Text>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
