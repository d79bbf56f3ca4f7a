import { Alert, Anchor, Button, Group, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UpdateQuizSettingsDocument } from '../../../gql/generated';
import type { QuizLayout, QuizReviewPolicy, QuizRole, QuizScoring, QuizSelection } from '../../../gql/generated';
import { useErrorMessage } from '../../../lib/use-error-message';
import { questionBankPath } from '../../quiz-bank/quiz-bank-path';
import { useBankTags } from '../../quiz-bank/use-bank-tags';
import { quizResultsPath } from '../../quiz-results/quiz-results-paths';
import { useCourseEditing } from '../course-editing';
import { DrawsEditor } from './draws-editor';
import { QuestionPicker } from './question-picker';
import {
  QUIZ_LAYOUTS,
  QUIZ_LIMITS,
  QUIZ_ROLES,
  QUIZ_SCORINGS,
  REVIEW_POLICIES,
  quizSettingsChanged,
  quizSettingsInputOf,
  quizSettingsValuesOf,
  validateQuizSettings,
} from './quiz-settings-form';
import type { QuizSettingsValues, SavedQuizSettings } from './quiz-settings-form';
import { QuizWindowFields } from './quiz-window-fields';

export interface QuizSettingsPanelProps {
  lessonId: string;
  saved: SavedQuizSettings;
  disabled: boolean;
  /** Whether the panel has changes not yet saved (closing the lesson would drop them). */
  onDirtyChange: (dirty: boolean) => void;
}

type SaveOutcome = { ok: true } | { ok: false; error: unknown };

/**
 * A QUIZ lesson's settings, saved on their own (`updateQuizSettings`) with the course revision
 * like every draft edit. It sits inside the lesson's form: Enter in a field must not submit that.
 */
export function QuizSettingsPanel({ lessonId, saved, disabled, onDirtyChange }: QuizSettingsPanelProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const { course, run, reload, saving } = useCourseEditing();
  const [values, setValues] = useState<QuizSettingsValues>(() => quizSettingsValuesOf(saved));
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [savedNotice, setSavedNotice] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [updateQuizSettings] = useMutation(UpdateQuizSettingsDocument);
  const { counts } = useBankTags(course.id);

  const dirty = quizSettingsChanged(values, saved);
  useEffect(() => {
    onDirtyChange(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(
    () => () => {
      onDirtyChange(false);
    },
    [onDirtyChange],
  );

  const problems = validateQuizSettings(values);
  const errors = submitted ? Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`quizAuthoring.settings.problems.${problem}`)])) : {};

  const change = (changes: Partial<QuizSettingsValues>) => {
    setValues((previous) => ({ ...previous, ...changes }));
    setSavedNotice(false);
  };

  const handleSave = async () => {
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    setFailure(null);
    const input = quizSettingsInputOf(values);
    // A CONFLICT here is either a stale revision or another lesson already holding the pre-/post-test
    // role: the server's message says which, so it is shown as it is rather than as "reload".
    const outcome = await run(async (revision): Promise<SaveOutcome> => {
      try {
        await updateQuizSettings({ variables: { courseId: course.id, revision, lessonId, input } });
        return { ok: true };
      } catch (error) {
        return { ok: false, error };
      }
    });
    if (outcome?.ok) setSavedNotice(true);
    else if (outcome) setFailure(outcome.error);
  };

  const handleReload = async () => {
    setReloading(true);
    await reload();
    setReloading(false);
    setFailure(null);
  };

  // Enter in a field of this panel would submit the lesson's form around it.
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="quiz-settings-form" onKeyDown={handleKeyDown} component="section" aria-labelledby={`quiz-settings-${lessonId}`}>
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={3} size="h4" id={`quiz-settings-${lessonId}`}>
            {t('quizAuthoring.settings.title')}
          </Title>
          <Group gap="sm">
            <Anchor component={Link} to={questionBankPath(course.id)} size="sm">
              {t('quizAuthoring.settings.openBank')}
            </Anchor>
            <Anchor component={Link} to={quizResultsPath(course.id, lessonId)} size="sm">
              {t('quizAuthoring.settings.openResults')}
            </Anchor>
          </Group>
        </Group>

        <SegmentedControl
          aria-label={t('quizAuthoring.settings.selection')}
          data={(['FIXED', 'RANDOM'] as const).map((value) => ({ value, label: t(`quizAuthoring.settings.selection${value}`) }))}
          value={values.selection}
          disabled={disabled}
          onChange={(selection) => {
            change({ selection: selection as QuizSelection });
          }}
          style={{ alignSelf: 'flex-start' }}
        />
        {values.selection === 'FIXED' ? (
          <QuestionPicker
            courseId={course.id}
            questionIds={values.questionIds}
            error={errors.questionIds}
            disabled={disabled}
            onChange={(questionIds) => {
              change({ questionIds });
            }}
          />
        ) : (
          <DrawsEditor
            draws={values.draws}
            tagCounts={counts}
            error={errors.draws}
            disabled={disabled}
            onChange={(draws) => {
              change({ draws });
            }}
          />
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Switch
            label={t('quizAuthoring.settings.shuffleQuestions')}
            checked={values.shuffleQuestions}
            disabled={disabled}
            onChange={(event) => {
              change({ shuffleQuestions: event.currentTarget.checked });
            }}
          />
          <Switch
            label={t('quizAuthoring.settings.shuffleOptions')}
            checked={values.shuffleOptions}
            disabled={disabled}
            onChange={(event) => {
              change({ shuffleOptions: event.currentTarget.checked });
            }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('quizAuthoring.settings.layout')}
            data={QUIZ_LAYOUTS.map((value) => ({ value, label: t(`quizAuthoring.settings.layout${value}`) }))}
            value={values.layout}
            allowDeselect={false}
            disabled={disabled}
            onChange={(layout) => {
              if (layout) change({ layout: layout as QuizLayout });
            }}
          />
          <Select
            label={t('quizAuthoring.settings.scoring')}
            data={QUIZ_SCORINGS.map((value) => ({ value, label: t(`quizAuthoring.settings.scoring${value}`) }))}
            value={values.scoring}
            allowDeselect={false}
            disabled={disabled}
            onChange={(scoring) => {
              if (scoring) change({ scoring: scoring as QuizScoring });
            }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput
            label={t('quizAuthoring.settings.timeLimit')}
            description={t('quizAuthoring.settings.timeLimitHint')}
            min={1}
            // Not clamped on blur: a value out of range gets its message instead of silently becoming the limit.
            max={QUIZ_LIMITS.maxTimeLimitMinutes}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            value={values.timeLimitMinutes}
            error={errors.timeLimitMinutes}
            disabled={disabled}
            onChange={(timeLimitMinutes) => {
              change({ timeLimitMinutes });
            }}
          />
          <NumberInput
            label={t('quizAuthoring.settings.maxAttempts')}
            description={t('quizAuthoring.settings.maxAttemptsHint')}
            min={1}
            max={QUIZ_LIMITS.maxAttempts}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            value={values.maxAttempts}
            error={errors.maxAttempts}
            disabled={disabled}
            onChange={(maxAttempts) => {
              change({ maxAttempts });
            }}
          />
          <NumberInput
            label={t('quizAuthoring.settings.passingPercent')}
            required
            min={0}
            max={100}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            value={values.passingPercent}
            error={errors.passingPercent}
            disabled={disabled}
            onChange={(passingPercent) => {
              change({ passingPercent });
            }}
          />
        </SimpleGrid>
        <QuizWindowFields
          opensAt={values.opensAt}
          closesAt={values.closesAt}
          closesAtError={errors.closesAt}
          disabled={disabled}
          onChange={change}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('quizAuthoring.settings.review')}
            data={REVIEW_POLICIES.map((value) => ({ value, label: t(`quizAuthoring.settings.policy.${value}`) }))}
            value={values.review}
            allowDeselect={false}
            error={errors.review}
            disabled={disabled}
            onChange={(review) => {
              if (review) change({ review: review as QuizReviewPolicy });
            }}
          />
          <Select
            label={t('quizAuthoring.settings.correctAnswers')}
            data={REVIEW_POLICIES.map((value) => ({ value, label: t(`quizAuthoring.settings.policy.${value}`) }))}
            value={values.correctAnswers}
            allowDeselect={false}
            error={errors.correctAnswers}
            disabled={disabled}
            onChange={(correctAnswers) => {
              if (correctAnswers) change({ correctAnswers: correctAnswers as QuizReviewPolicy });
            }}
          />
        </SimpleGrid>
        <Select
          label={t('quizAuthoring.settings.role')}
          description={t('quizAuthoring.settings.roleHint')}
          data={QUIZ_ROLES.map((value) => ({ value, label: t(`quizAuthoring.settings.role${value}`) }))}
          value={values.role}
          allowDeselect={false}
          disabled={disabled}
          onChange={(role) => {
            if (role) change({ role: role as QuizRole });
          }}
          maw={360}
        />

        {failure !== null && (
          <Alert color="red" variant="light" role="alert" title={t('quizAuthoring.settings.notSaved')} data-testid="quiz-settings-error">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{describeError(failure)}</Text>
              <Button size="xs" variant="default" loading={reloading} onClick={() => void handleReload()}>
                {t('quizAuthoring.settings.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {savedNotice && !dirty && (
          <Text size="sm" c="green.9" role="status">
            {t('quizAuthoring.settings.saved')}
          </Text>
        )}
        {dirty && !disabled && (
          <Text size="sm" c="dimmed" role="status">
            {t('quizAuthoring.settings.unsaved')}
          </Text>
        )}
        {!disabled && (
          <Button type="button" loading={saving} onClick={() => void handleSave()} data-testid="quiz-settings-save" style={{ alignSelf: 'flex-start' }}>
            {t('quizAuthoring.settings.save')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
