import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateCourseDocument } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';
import { EMPTY_BASICS, validateBasics, wholeNumberOrNull } from './course-basics';
import type { CourseBasics } from './course-basics';
import { CourseBasicsFields } from './course-basics-fields';

export interface CreateCourseFormProps {
  agencyId: string;
  onCreated: (courseId: string) => void;
}

/** A new draft course: what it needs to exist. The rest is filled in in the editor. */
export function CreateCourseForm({ agencyId, onCreated }: CreateCourseFormProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [fields, setFields] = useState<CourseBasics>(EMPTY_BASICS);
  const [submitted, setSubmitted] = useState(false);
  const [createCourse, { loading, error }] = useMutation(CreateCourseDocument, {
    refetchQueries: ['AuthoringCourses'],
  });
  const errors = validateBasics(fields, t);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0 || !fields.competencyType || !fields.level) return;
    try {
      const { data } = await createCourse({
        variables: {
          input: {
            agencyId,
            title: fields.title.trim(),
            summary: fields.summary.trim(),
            competencyType: fields.competencyType,
            level: fields.level,
            jp: wholeNumberOrNull(fields.jp) ?? 0,
            estimatedMinutes: wholeNumberOrNull(fields.estimatedMinutes),
            enrolmentPolicy: fields.enrolmentPolicy,
          },
        },
      });
      if (data) onCreated(data.createCourse.id);
    } catch {
      // Shown through `error`.
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <CourseBasicsFields
          fields={fields}
          errors={submitted ? errors : {}}
          onChange={(changes) => {
            setFields((previous) => ({ ...previous, ...changes }));
          }}
        />
        {error && (
          <Alert color="red" variant="light">
            {describeError(error)}
          </Alert>
        )}
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('authoring.create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
