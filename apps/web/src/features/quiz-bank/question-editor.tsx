import { Alert, Button, Group, NumberInput, Select, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateQuestionDocument, UpdateQuestionDocument } from '../../gql/generated';
import type { BankQuestionFieldsFragment, QuestionType } from '../../gql/generated';
import { errorCode, errorField } from '../../lib/api-error';
import { useErrorMessage } from '../../lib/use-error-message';
import { QUESTION_TYPES, emptyQuestionForm, questionFormOf, questionInputOf, validateQuestion } from './question-form';
import type { QuestionField, QuestionFormValues } from './question-form';
import { QuestionTypeFields } from './question-type-fields';

export interface QuestionEditorProps {
  courseId: string;
  /** Null for a new question. */
  question: BankQuestionFieldsFragment | null;
  /** Tags already in the bank, offered while typing. */
  knownTags: readonly string[];
  onSaved: (question: BankQuestionFieldsFragment) => void;
  onCancel: () => void;
  /** Loads the bank again after a CONFLICT: the question's new revision comes with it. */
  onReload: () => Promise<unknown>;
}

const FORM_FIELDS: readonly QuestionField[] = [
  'prompt',
  'points',
  'options',
  'wrongPickPenalty',
  'trueFalseAnswer',
  'acceptedAnswers',
  'numericAnswer',
  'numericTolerance',
  'pairs',
  'orderItems',
  'rubric',
];

/** The field a server error names (`extensions.field`, e.g. "input.options.1.text"), if the form has it. */
function formFieldOf(field: string | null): QuestionField | null {
  if (!field) return null;
  const name = field.replace(/^input\./, '').split('.')[0];
  return FORM_FIELDS.find((candidate) => candidate === name) ?? null;
}

/** Creates or replaces a bank question: the common fields and a form per type. */
export function QuestionEditor({ courseId, question, knownTags, onSaved, onCancel, onReload }: QuestionEditorProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [values, setValues] = useState<QuestionFormValues>(() => (question ? questionFormOf(question) : emptyQuestionForm()));
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const [createQuestion, { loading: creating }] = useMutation(CreateQuestionDocument, { refetchQueries: ['QuestionBank', 'QuestionBankTags'] });
  const [updateQuestion, { loading: updating }] = useMutation(UpdateQuestionDocument, { refetchQueries: ['QuestionBankTags'] });
  const saving = creating || updating;

  const problems = validateQuestion(values);
  const errors = submitted
    ? Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`quizAuthoring.form.problems.${problem}`)]))
    : {};
  const conflict = errorCode(serverError) === 'CONFLICT' && question !== null;
  const serverField = conflict ? null : formFieldOf(errorField(serverError));
  if (serverError && serverField && !(serverField in errors)) errors[serverField] = describeError(serverError);

  const change = (changes: Partial<QuestionFormValues>) => {
    setValues((previous) => ({ ...previous, ...changes }));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    setServerError(null);
    const input = questionInputOf(values);
    try {
      if (question) {
        const { data } = await updateQuestion({ variables: { questionId: question.id, revision: question.revision, input } });
        if (data) onSaved(data.updateQuestion);
      } else {
        const { data } = await createQuestion({ variables: { courseId, input } });
        if (data) onSaved(data.createQuestion);
      }
    } catch (error) {
      setServerError(error);
    }
  };

  const handleReload = async () => {
    setReloading(true);
    try {
      await onReload();
      setServerError(null);
    } catch (error) {
      setServerError(error);
    } finally {
      setReloading(false);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="question-form">
      <Stack gap="md">
        <Group gap="md" align="flex-start" grow>
          <Select
            label={t('quizAuthoring.form.type')}
            data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`quizAuthoring.questionType.${type}`) }))}
            value={values.type}
            allowDeselect={false}
            disabled={saving}
            onChange={(type) => {
              if (type) change({ type: type as QuestionType });
            }}
          />
          <NumberInput
            label={t('quizAuthoring.form.points')}
            required
            min={0}
            allowNegative={false}
            decimalScale={2}
            value={values.points}
            error={errors.points}
            disabled={saving}
            onChange={(points) => {
              change({ points });
            }}
          />
        </Group>
        <Textarea
          label={t('quizAuthoring.form.prompt')}
          required
          autosize
          minRows={2}
          maxRows={10}
          value={values.prompt}
          error={errors.prompt}
          disabled={saving}
          data-autofocus
          onChange={(event) => {
            change({ prompt: event.currentTarget.value });
          }}
        />

        <QuestionTypeFields values={values} errors={errors} disabled={saving} onChange={change} />

        <TagsInput
          label={t('quizAuthoring.form.tags')}
          description={t('quizAuthoring.form.tagsHint')}
          data={[...knownTags]}
          value={values.tags}
          disabled={saving}
          clearable
          onChange={(tags) => {
            change({ tags });
          }}
        />
        <Textarea
          label={t('quizAuthoring.form.feedback')}
          description={t('quizAuthoring.form.feedbackHint')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.feedback}
          disabled={saving}
          onChange={(event) => {
            change({ feedback: event.currentTarget.value });
          }}
        />
        <TextInput
          label={t('quizAuthoring.form.key')}
          description={t('quizAuthoring.form.keyHint')}
          value={values.key}
          // The key is fixed once the question exists (update ignores it).
          disabled={saving || question !== null}
          maxLength={100}
          onChange={(event) => {
            change({ key: event.currentTarget.value });
          }}
        />

        {conflict && (
          <Alert color="orange" variant="light" role="alert" data-testid="question-conflict">
            <Group justify="space-between" gap="sm">
              <Text size="sm" fw={600}>
                {t('quizAuthoring.form.conflict')}
              </Text>
              <Button size="xs" color="orange.9" loading={reloading} onClick={() => void handleReload()}>
                {t('quizAuthoring.form.reload')}
              </Button>
            </Group>
          </Alert>
        )}
        {serverError !== null && !conflict && !serverField && (
          <Alert color="red" variant="light" role="alert" title={t('quizAuthoring.form.serverProblem')} data-testid="question-error">
            <Text size="sm">{describeError(serverError)}</Text>
          </Alert>
        )}

        <Group gap="sm">
          <Button type="submit" loading={saving} data-testid="question-save">
            {question ? t('quizAuthoring.form.save') : t('quizAuthoring.form.create')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
