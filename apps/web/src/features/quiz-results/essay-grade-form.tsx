import { Alert, Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GradeEssayDocument } from '../../gql/generated';
import type { GradedAttemptFieldsFragment } from '../../gql/generated';
import { errorCode } from '../../lib/api-error';
import { useErrorMessage } from '../../lib/use-error-message';
import { essayGradeInputOf, essayGradeValuesOf, essayTotal, validateEssayGrade } from './essay-grade';
import type { EssayGradeValues, GradedQuestion } from './essay-grade';

export interface EssayGradeFormProps {
  attempt: GradedAttemptFieldsFragment;
  question: GradedQuestion;
  /** The grade was stored; the answer is the attempt as it is now. */
  onGraded: (attempt: GradedAttemptFieldsFragment) => void;
  /** Loads the attempt again (after a CONFLICT: graded meanwhile, or an older view). */
  onReload: () => Promise<unknown>;
}

/** One essay's grade: a score per rubric criterion (or one number without a rubric) and a comment. */
export function EssayGradeForm({ attempt, question, onGraded, onReload }: EssayGradeFormProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [values, setValues] = useState<EssayGradeValues>(() => essayGradeValuesOf(question));
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  // GradedAttempt has no id of its own (the cache cannot merge it): the views showing it ask again.
  const [gradeEssay, { loading }] = useMutation(GradeEssayDocument, {
    refetchQueries: ['EssayGradingQueue', 'GradedAttempt', 'QuizResults', 'QuizResultsSummary'],
    awaitRefetchQueries: true,
  });
  const problems = validateEssayGrade(question, values);
  const problemText = (field: string) => {
    const problem = submitted ? problems[field] : undefined;
    return problem ? t(`quizAuthoring.grading.problems.${problem}`) : undefined;
  };
  const conflict = errorCode(failure) === 'CONFLICT';

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    setFailure(null);
    try {
      const { data } = await gradeEssay({
        variables: {
          attemptId: attempt.attempt.id,
          questionId: question.questionId,
          gradingRevision: attempt.gradingRevision,
          input: essayGradeInputOf(question, values),
        },
      });
      if (data) onGraded(data.gradeEssay);
    } catch (error) {
      setFailure(error);
    }
  };

  const handleReload = async () => {
    setReloading(true);
    try {
      await onReload();
      setFailure(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="essay-grade-form">
      <Stack gap="sm">
        {question.rubric.length > 0 ? (
          question.rubric.map((criterion) => (
            <NumberInput
              key={criterion.id}
              label={t('quizAuthoring.grading.criterionPoints', { title: criterion.title, max: criterion.points })}
              min={0}
              // Not clamped on blur: a value out of range gets its message instead of silently becoming the limit.
              max={criterion.points}
              clampBehavior="none"
              allowNegative={false}
              decimalScale={2}
              value={values.criteria[criterion.id] ?? ''}
              error={problemText(criterion.id)}
              disabled={loading}
              onChange={(points) => {
                setValues((previous) => ({ ...previous, criteria: { ...previous.criteria, [criterion.id]: points } }));
              }}
              maw={320}
            />
          ))
        ) : (
          <NumberInput
            label={t('quizAuthoring.grading.points', { max: question.maxPoints })}
            min={0}
            max={question.maxPoints}
            clampBehavior="none"
            allowNegative={false}
            decimalScale={2}
            value={values.points}
            error={problemText('points')}
            disabled={loading}
            onChange={(points) => {
              setValues((previous) => ({ ...previous, points }));
            }}
            maw={320}
          />
        )}
        <Text size="sm" role="status">
          {t('quizAuthoring.grading.total', { total: essayTotal(question, values), max: question.maxPoints })}
        </Text>
        <Textarea
          label={t('quizAuthoring.grading.comment')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.comment}
          disabled={loading}
          onChange={(event) => {
            const comment = event.currentTarget.value;
            setValues((previous) => ({ ...previous, comment }));
          }}
        />
        {failure !== null && (
          <Alert color={conflict ? 'orange' : 'red'} variant="light" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{conflict ? t('quizAuthoring.grading.conflict') : describeError(failure)}</Text>
              {conflict && (
                <Button size="xs" color="orange.9" loading={reloading} onClick={() => void handleReload()}>
                  {t('quizAuthoring.grading.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={loading} data-testid="essay-grade-save">
            {t('quizAuthoring.grading.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
