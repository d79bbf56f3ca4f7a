import { Checkbox, Group, Input, NumberInput, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyCriterion, emptyItem, emptyOption, emptyPair, replaceRow, rubricTotal } from './question-form';
import type { CriterionRow, OptionRow, PairRow, QuestionFormValues, QuestionProblems } from './question-form';
import { RowList, RowText } from './row-list';

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

function ChoiceFields({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  const single = values.type === 'SINGLE_CHOICE';
  const setOption = (index: number, changes: Partial<OptionRow>) => {
    onChange({
      options: values.options.map((option, at) => {
        if (at === index) return { ...option, ...changes };
        // One correct option for single choice: marking another unmarks this one.
        return single && changes.correct ? { ...option, correct: false } : option;
      }),
    });
  };
  const Mark = single ? Radio : Checkbox;

  return (
    <Stack gap="sm">
      <RowList
        label={t('quizAuthoring.form.options')}
        description={single ? t('quizAuthoring.form.optionsHintSingle') : t('quizAuthoring.form.optionsHintMultiple')}
        error={errors.options}
        rows={values.options}
        keyOf={(option) => option.rowKey}
        framed
        renderRow={(option, index, number) => (
          <>
            <Mark
              mt={8}
              aria-label={`${t('quizAuthoring.form.optionCorrect')}: ${t('quizAuthoring.form.option', { number })}`}
              checked={option.correct}
              disabled={disabled}
              onChange={(event) => {
                setOption(index, { correct: event.currentTarget.checked });
              }}
            />
            <Stack gap={4} style={{ flex: 1 }}>
              <RowText
                label={t('quizAuthoring.form.option', { number })}
                value={option.text}
                grow={false}
                disabled={disabled}
                onChange={(text) => {
                  setOption(index, { text });
                }}
              />
              <RowText
                label={t('quizAuthoring.form.optionFeedback', { number })}
                placeholder={t('quizAuthoring.form.optionFeedbackPlaceholder')}
                value={option.feedback}
                grow={false}
                size="xs"
                disabled={disabled}
                onChange={(feedback) => {
                  setOption(index, { feedback });
                }}
              />
            </Stack>
          </>
        )}
        onChange={(options) => {
          onChange({ options });
        }}
        newRow={emptyOption}
        addLabel={t('quizAuthoring.form.addOption')}
        removeLabel={(number) => t('quizAuthoring.form.removeOption', { number })}
        minRows={2}
        disabled={disabled}
      />
      {!single && (
        <NumberInput
          label={t('quizAuthoring.form.wrongPickPenalty')}
          description={t('quizAuthoring.form.wrongPickPenaltyHint')}
          min={0}
          // Not clamped on blur: a value out of range gets its message instead of silently becoming the limit.
          max={100}
          clampBehavior="none"
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
    <RowList
      label={t('quizAuthoring.form.acceptedAnswers')}
      description={t('quizAuthoring.form.acceptedAnswersHint')}
      error={errors.acceptedAnswers}
      rows={values.acceptedAnswers}
      // Answers have no id: their position is their identity (the inputs are controlled).
      keyOf={(_answer, index) => String(index)}
      renderRow={(answer, index, number) => (
        <RowText
          label={t('quizAuthoring.form.acceptedAnswer', { number })}
          value={answer}
          disabled={disabled}
          onChange={(text) => {
            onChange({ acceptedAnswers: replaceRow(values.acceptedAnswers, index, text) });
          }}
        />
      )}
      onChange={(acceptedAnswers) => {
        onChange({ acceptedAnswers });
      }}
      newRow={() => ''}
      addLabel={t('quizAuthoring.form.addAccepted')}
      removeLabel={(number) => t('quizAuthoring.form.removeAccepted', { number })}
      minRows={1}
      disabled={disabled}
    />
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
  const setPair = (index: number, pair: PairRow) => {
    onChange({ pairs: replaceRow(values.pairs, index, pair) });
  };
  return (
    <RowList
      label={t('quizAuthoring.form.pairs')}
      description={t('quizAuthoring.form.pairsHint')}
      error={errors.pairs}
      rows={values.pairs}
      keyOf={(pair) => pair.rowKey}
      renderRow={(pair, index, number) => (
        <>
          <RowText
            label={t('quizAuthoring.form.pairPrompt', { number })}
            value={pair.prompt}
            disabled={disabled}
            onChange={(prompt) => {
              setPair(index, { ...pair, prompt });
            }}
          />
          <Text mt={6} aria-hidden>
            →
          </Text>
          <RowText
            label={t('quizAuthoring.form.pairAnswer', { number })}
            value={pair.answer}
            disabled={disabled}
            onChange={(answer) => {
              setPair(index, { ...pair, answer });
            }}
          />
        </>
      )}
      onChange={(pairs) => {
        onChange({ pairs });
      }}
      newRow={emptyPair}
      addLabel={t('quizAuthoring.form.addPair')}
      removeLabel={(number) => t('quizAuthoring.form.removePair', { number })}
      minRows={2}
      disabled={disabled}
    />
  );
}

function OrderItemsField({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  return (
    <RowList
      label={t('quizAuthoring.form.orderItems')}
      description={t('quizAuthoring.form.orderItemsHint')}
      error={errors.orderItems}
      rows={values.orderItems}
      keyOf={(item) => item.rowKey}
      reorder={{
        moveUpLabel: (number) => t('quizAuthoring.form.moveUp', { number }),
        moveDownLabel: (number) => t('quizAuthoring.form.moveDown', { number }),
      }}
      renderRow={(item, index, number) => (
        <RowText
          label={t('quizAuthoring.form.orderItem', { number })}
          value={item.text}
          disabled={disabled}
          onChange={(text) => {
            onChange({ orderItems: replaceRow(values.orderItems, index, { ...item, text }) });
          }}
        />
      )}
      onChange={(orderItems) => {
        onChange({ orderItems });
      }}
      newRow={emptyItem}
      addLabel={t('quizAuthoring.form.addItem')}
      removeLabel={(number) => t('quizAuthoring.form.removeItem', { number })}
      minRows={2}
      disabled={disabled}
    />
  );
}

function RubricField({ values, errors, disabled, onChange }: QuestionTypeFieldsProps) {
  const { t } = useTranslation();
  const setCriterion = (index: number, criterion: CriterionRow) => {
    onChange({ rubric: replaceRow(values.rubric, index, criterion) });
  };
  return (
    <RowList
      label={t('quizAuthoring.form.rubric')}
      description={t('quizAuthoring.form.rubricHint')}
      error={errors.rubric}
      rows={values.rubric}
      keyOf={(criterion) => criterion.rowKey}
      renderRow={(criterion, index, number) => (
        <>
          <RowText
            label={t('quizAuthoring.form.criterion', { number })}
            value={criterion.title}
            disabled={disabled}
            onChange={(title) => {
              setCriterion(index, { ...criterion, title });
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
              setCriterion(index, { ...criterion, points });
            }}
          />
        </>
      )}
      footer={
        values.rubric.length > 0 && (
          <Text size="sm" c={errors.rubric ? 'red.8' : 'dimmed'} role="status">
            {t('quizAuthoring.form.rubricTotal', { total: rubricTotal(values.rubric), points: values.points === '' ? 0 : values.points })}
          </Text>
        )
      }
      onChange={(rubric) => {
        onChange({ rubric });
      }}
      newRow={emptyCriterion}
      addLabel={t('quizAuthoring.form.addCriterion')}
      removeLabel={(number) => t('quizAuthoring.form.removeCriterion', { number })}
      // A rubric is optional: every criterion can go.
      minRows={0}
      disabled={disabled}
    />
  );
}
