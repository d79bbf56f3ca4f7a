import { ActionIcon, Button, Checkbox, Group, Input, NumberInput, Paper, Radio, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyCriterion, emptyItem, emptyOption, emptyPair, moveRow, rubricTotal } from './question-form';
import type { QuestionFormValues, QuestionProblems } from './question-form';

export interface QuestionTypeFieldsProps {
  values: QuestionFormValues;
  /** Translated problems per field (shown once the author tried to save). */
  errors: Partial<Record<keyof QuestionProblems, string>>;
  disabled: boolean;
  onChange: (changes: Partial<QuestionFormValues>) => void;
}

/** The part of the question form that depends on its type: options, answers, pairs, items, rubric. */
export function QuestionTypeFields(props: QuestionTypeFieldsProps) {
  switch (props.values.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return <ChoiceFields {...props} />;
    case 'TRUE_FALSE':
      return <TrueFalseField {...props} />;
    case 'SHORT_ANSWER':
      return <AcceptedAnswersField {...props} />;
    case 'NUMERIC':
      return <NumericFields {...props} />;
    case 'MATCHING':
      return <PairsField {...props} />;
    case 'ORDERING':
      return <OrderItemsField {...props} />;
    case 'ESSAY':
      return <RubricField {...props} />;
  }
}

function RemoveButton({ label, disabled, onClick }: { label: string; disabled: boolean; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red.8" aria-label={label} title={label} disabled={disabled} onClick={onClick} mt={4}>
      ×
    </ActionIcon>
  );
}

function AddButton({ children, disabled, onClick }: { children: ReactNode; disabled: boolean; onClick: () => void }) {
  return (
    <Button variant="light" size="xs" disabled={disabled} onClick={onClick} style={{ alignSelf: 'flex-start' }}>
      {children}
    </Button>
  );
}

function ChoiceFields({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  const single = values.type === 'SINGLE_CHOICE';
  const setOption = (index: number, changes: Partial<QuestionFormValues['options'][number]>) => {
    onChange({
      options: values.options.map((option, at) => {
        if (at === index) return { ...option, ...changes };
        // One correct option for single choice: marking another unmarks this one.
        return single && changes.correct ? { ...option, correct: false } : option;
      }),
    });
  };

  return (
    <Stack gap="sm">
      <Input.Wrapper
        label={t('quizAuthoring.form.options')}
        description={single ? t('quizAuthoring.form.optionsHintSingle') : t('quizAuthoring.form.optionsHintMultiple')}
        error={errors.options}
      >
        <Stack gap="xs" mt={6}>
          {values.options.map((option, index) => {
            const number = index + 1;
            return (
              <Paper key={option.rowKey} withBorder p="xs" radius="sm">
                <Group align="flex-start" gap="xs" wrap="nowrap">
                  {single ? (
                    <Radio
                      mt={8}
                      aria-label={`${t('quizAuthoring.form.optionCorrect')}: ${t('quizAuthoring.form.option', { number })}`}
                      checked={option.correct}
                      disabled={disabled}
                      onChange={(event) => {
                        setOption(index, { correct: event.currentTarget.checked });
                      }}
                    />
                  ) : (
                    <Checkbox
                      mt={8}
                      aria-label={`${t('quizAuthoring.form.optionCorrect')}: ${t('quizAuthoring.form.option', { number })}`}
                      checked={option.correct}
                      disabled={disabled}
                      onChange={(event) => {
                        setOption(index, { correct: event.currentTarget.checked });
                      }}
                    />
                  )}
                  <Stack gap={4} style={{ flex: 1 }}>
                    <TextInput
                      aria-label={t('quizAuthoring.form.option', { number })}
                      placeholder={t('quizAuthoring.form.option', { number })}
                      value={option.text}
                      disabled={disabled}
                      onChange={(event) => {
                        setOption(index, { text: event.currentTarget.value });
                      }}
                    />
                    <TextInput
                      size="xs"
                      aria-label={t('quizAuthoring.form.optionFeedback', { number })}
                      placeholder={t('quizAuthoring.form.optionFeedbackPlaceholder')}
                      value={option.feedback}
                      disabled={disabled}
                      onChange={(event) => {
                        setOption(index, { feedback: event.currentTarget.value });
                      }}
                    />
                  </Stack>
                  <RemoveButton
                    label={t('quizAuthoring.form.removeOption', { number })}
                    disabled={disabled || values.options.length <= 2}
                    onClick={() => {
                      onChange({ options: values.options.filter((_, at) => at !== index) });
                    }}
                  />
                </Group>
              </Paper>
            );
          })}
        </Stack>
      </Input.Wrapper>
      <AddButton
        disabled={disabled}
        onClick={() => {
          onChange({ options: [...values.options, emptyOption()] });
        }}
      >
        {t('quizAuthoring.form.addOption')}
      </AddButton>
      {!single && (
        <NumberInput
          label={t('quizAuthoring.form.wrongPickPenalty')}
          description={t('quizAuthoring.form.wrongPickPenaltyHint')}
          min={0}
          max={100}
          allowNegative={false}
          decimalScale={2}
          value={values.wrongPickPenaltyPercent}
          error={errors.wrongPickPenalty}
          disabled={disabled}
          onChange={(wrongPickPenaltyPercent) => {
            onChange({ wrongPickPenaltyPercent });
          }}
          maw={320}
        />
      )}
    </Stack>
  );
}

function TrueFalseField({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={t('quizAuthoring.form.trueFalseAnswer')} error={errors.trueFalseAnswer}>
      <div>
        <SegmentedControl
          mt={6}
          disabled={disabled}
          data={[
            { value: 'true', label: t('quizAuthoring.form.true') },
            { value: 'false', label: t('quizAuthoring.form.false') },
          ]}
          value={values.trueFalseAnswer === null ? '' : String(values.trueFalseAnswer)}
          onChange={(value) => {
            onChange({ trueFalseAnswer: value === 'true' });
          }}
        />
      </div>
    </Input.Wrapper>
  );
}

function AcceptedAnswersField({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={t('quizAuthoring.form.acceptedAnswers')} description={t('quizAuthoring.form.acceptedAnswersHint')} error={errors.acceptedAnswers}>
      <Stack gap="xs" mt={6}>
        {values.acceptedAnswers.map((answer, index) => {
          const number = index + 1;
          return (
            // Answers have no id: their position is their identity (the inputs are controlled).
            <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('quizAuthoring.form.acceptedAnswer', { number })}
                placeholder={t('quizAuthoring.form.acceptedAnswer', { number })}
                value={answer}
                disabled={disabled}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  onChange({ acceptedAnswers: values.acceptedAnswers.map((existing, at) => (at === index ? text : existing)) });
                }}
              />
              <RemoveButton
                label={t('quizAuthoring.form.removeAccepted', { number })}
                disabled={disabled || values.acceptedAnswers.length <= 1}
                onClick={() => {
                  onChange({ acceptedAnswers: values.acceptedAnswers.filter((_, at) => at !== index) });
                }}
              />
            </Group>
          );
        })}
        <AddButton
          disabled={disabled}
          onClick={() => {
            onChange({ acceptedAnswers: [...values.acceptedAnswers, ''] });
          }}
        >
          {t('quizAuthoring.form.addAccepted')}
        </AddButton>
      </Stack>
    </Input.Wrapper>
  );
}

function NumericFields({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="md" align="flex-start" grow>
      <NumberInput
        label={t('quizAuthoring.form.numericAnswer')}
        required
        decimalScale={6}
        value={values.numericAnswer}
        error={errors.numericAnswer}
        disabled={disabled}
        onChange={(numericAnswer) => {
          onChange({ numericAnswer });
        }}
      />
      <NumberInput
        label={t('quizAuthoring.form.numericTolerance')}
        description={t('quizAuthoring.form.numericToleranceHint')}
        min={0}
        allowNegative={false}
        decimalScale={6}
        value={values.numericTolerance}
        error={errors.numericTolerance}
        disabled={disabled}
        onChange={(numericTolerance) => {
          onChange({ numericTolerance });
        }}
      />
    </Group>
  );
}

function PairsField({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  const setPair = (index: number, changes: Partial<QuestionFormValues['pairs'][number]>) => {
    onChange({ pairs: values.pairs.map((pair, at) => (at === index ? { ...pair, ...changes } : pair)) });
  };
  return (
    <Input.Wrapper label={t('quizAuthoring.form.pairs')} description={t('quizAuthoring.form.pairsHint')} error={errors.pairs}>
      <Stack gap="xs" mt={6}>
        {values.pairs.map((pair, index) => {
          const number = index + 1;
          return (
            <Group key={pair.rowKey} gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('quizAuthoring.form.pairPrompt', { number })}
                placeholder={t('quizAuthoring.form.pairPrompt', { number })}
                value={pair.prompt}
                disabled={disabled}
                onChange={(event) => {
                  setPair(index, { prompt: event.currentTarget.value });
                }}
              />
              <Text mt={6} aria-hidden>
                →
              </Text>
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('quizAuthoring.form.pairAnswer', { number })}
                placeholder={t('quizAuthoring.form.pairAnswer', { number })}
                value={pair.answer}
                disabled={disabled}
                onChange={(event) => {
                  setPair(index, { answer: event.currentTarget.value });
                }}
              />
              <RemoveButton
                label={t('quizAuthoring.form.removePair', { number })}
                disabled={disabled || values.pairs.length <= 2}
                onClick={() => {
                  onChange({ pairs: values.pairs.filter((_, at) => at !== index) });
                }}
              />
            </Group>
          );
        })}
        <AddButton
          disabled={disabled}
          onClick={() => {
            onChange({ pairs: [...values.pairs, emptyPair()] });
          }}
        >
          {t('quizAuthoring.form.addPair')}
        </AddButton>
      </Stack>
    </Input.Wrapper>
  );
}

function OrderItemsField({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  const last = values.orderItems.length - 1;
  return (
    <Input.Wrapper label={t('quizAuthoring.form.orderItems')} description={t('quizAuthoring.form.orderItemsHint')} error={errors.orderItems}>
      <Stack gap="xs" mt={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {values.orderItems.map((item, index) => {
          const number = index + 1;
          return (
            <Group key={item.rowKey} component="li" gap="xs" wrap="nowrap" align="flex-start">
              <Text mt={6} w={24} ta="right" aria-hidden>
                {number}.
              </Text>
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('quizAuthoring.form.orderItem', { number })}
                placeholder={t('quizAuthoring.form.orderItem', { number })}
                value={item.text}
                disabled={disabled}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  onChange({ orderItems: values.orderItems.map((existing, at) => (at === index ? { ...existing, text } : existing)) });
                }}
              />
              <ActionIcon
                variant="default"
                mt={4}
                aria-label={t('quizAuthoring.form.moveUp', { number })}
                title={t('quizAuthoring.form.moveUp', { number })}
                disabled={disabled || index === 0}
                onClick={() => {
                  onChange({ orderItems: moveRow(values.orderItems, index, -1) });
                }}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="default"
                mt={4}
                aria-label={t('quizAuthoring.form.moveDown', { number })}
                title={t('quizAuthoring.form.moveDown', { number })}
                disabled={disabled || index === last}
                onClick={() => {
                  onChange({ orderItems: moveRow(values.orderItems, index, 1) });
                }}
              >
                ↓
              </ActionIcon>
              <RemoveButton
                label={t('quizAuthoring.form.removeItem', { number })}
                disabled={disabled || values.orderItems.length <= 2}
                onClick={() => {
                  onChange({ orderItems: values.orderItems.filter((_, at) => at !== index) });
                }}
              />
            </Group>
          );
        })}
      </Stack>
      <AddButton
        disabled={disabled}
        onClick={() => {
          onChange({ orderItems: [...values.orderItems, emptyItem()] });
        }}
      >
        {t('quizAuthoring.form.addItem')}
      </AddButton>
    </Input.Wrapper>
  );
}

function RubricField({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  const setCriterion = (index: number, changes: Partial<QuestionFormValues['rubric'][number]>) => {
    onChange({ rubric: values.rubric.map((criterion, at) => (at === index ? { ...criterion, ...changes } : criterion)) });
  };
  return (
    <Input.Wrapper label={t('quizAuthoring.form.rubric')} description={t('quizAuthoring.form.rubricHint')} error={errors.rubric}>
      <Stack gap="xs" mt={6}>
        {values.rubric.map((criterion, index) => {
          const number = index + 1;
          return (
            <Group key={criterion.rowKey} gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('quizAuthoring.form.criterion', { number })}
                placeholder={t('quizAuthoring.form.criterion', { number })}
                value={criterion.title}
                disabled={disabled}
                onChange={(event) => {
                  setCriterion(index, { title: event.currentTarget.value });
                }}
              />
              <NumberInput
                w={110}
                aria-label={t('quizAuthoring.form.criterionPoints', { number })}
                min={0}
                allowNegative={false}
                decimalScale={2}
                value={criterion.points}
                disabled={disabled}
                onChange={(points) => {
                  setCriterion(index, { points });
                }}
              />
              <RemoveButton
                label={t('quizAuthoring.form.removeCriterion', { number })}
                disabled={disabled}
                onClick={() => {
                  onChange({ rubric: values.rubric.filter((_, at) => at !== index) });
                }}
              />
            </Group>
          );
        })}
        {values.rubric.length > 0 && (
          <Text size="sm" c={errors.rubric ? 'red.8' : 'dimmed'} role="status">
            {t('quizAuthoring.form.rubricTotal', { total: rubricTotal(values.rubric), points: values.points === '' ? 0 : values.points })}
          </Text>
        )}
        <AddButton
          disabled={disabled}
          onClick={() => {
            onChange({ rubric: [...values.rubric, emptyCriterion()] });
          }}
        >
          {t('quizAuthoring.form.addCriterion')}
        </AddButton>
      </Stack>
    </Input.Wrapper>
  );
}
