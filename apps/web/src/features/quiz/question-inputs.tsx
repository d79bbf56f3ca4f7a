import { Checkbox, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerDraft } from './answer-value';
import { parseDecimal } from './decimal-input';
import type { AttemptQuestion } from './quiz-question';
import { useQuizFormat } from './quiz-format';

export interface AnswerInputProps {
  question: AttemptQuestion;
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  disabled: boolean;
}

export function SingleChoiceInput({ question, draft, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('quiz.question.chooseOne')}
      value={draft.optionIds[0] ?? null}
      onChange={(value) => onChange({ ...draft, optionIds: value ? [value] : [] })}
    >
      <Stack gap="sm" mt="xs">
        {question.options.map((option) => (
          <Radio key={option.id} value={option.id} label={option.text} disabled={disabled} styles={{ label: { whiteSpace: 'pre-wrap' } }} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

export function MultipleChoiceInput({ question, draft, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('quiz.question.chooseAll')} value={draft.optionIds} onChange={(optionIds) => onChange({ ...draft, optionIds })}>
      <Stack gap="sm" mt="xs">
        {question.options.map((option) => (
          <Checkbox key={option.id} value={option.id} label={option.text} disabled={disabled} styles={{ label: { whiteSpace: 'pre-wrap' } }} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

export function TrueFalseInput({ draft, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  const value = draft.booleanValue === null ? null : String(draft.booleanValue);
  return (
    <Radio.Group label={t('quiz.question.chooseOne')} value={value} onChange={(next) => onChange({ ...draft, booleanValue: next === 'true' })}>
      <Stack gap="sm" mt="xs">
        <Radio value="true" label={t('quiz.question.true')} disabled={disabled} />
        <Radio value="false" label={t('quiz.question.false')} disabled={disabled} />
      </Stack>
    </Radio.Group>
  );
}

/** The server's limits (libs/quiz answer-check.ts): typing stops there instead of a refused save. */
const SHORT_ANSWER_MAX_CHARACTERS = 500;

export function ShortAnswerInput({ draft, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('quiz.question.shortAnswer')}
      value={draft.text ?? ''}
      onChange={(event) => onChange({ ...draft, text: event.currentTarget.value })}
      disabled={disabled}
      autoComplete="off"
      autoCapitalize="off"
      spellCheck={false}
      maxLength={SHORT_ANSWER_MAX_CHARACTERS}
      size="md"
    />
  );
}

export function NumericAnswerInput({ draft, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  // What the learner typed ("3,"), which may not be a number yet; the answer holds the number.
  const [text, setText] = useState(() => (draft.number === null ? '' : format.number(draft.number, 10).replace(/\s/g, '')));
  const [touched, setTouched] = useState(false);
  const parsed = parseDecimal(text);
  const invalid = touched && parsed.kind === 'invalid';

  const handleChange = (next: string) => {
    setText(next);
    const result = parseDecimal(next);
    onChange({ ...draft, number: result.kind === 'number' ? result.value : null });
  };

  return (
    <TextInput
      label={t('quiz.question.numeric')}
      description={parsed.kind === 'number' ? t('quiz.question.numericRead', { value: format.number(parsed.value, 10) }) : t('quiz.question.numericHint')}
      error={invalid ? t('quiz.question.numericInvalid') : undefined}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      onChange={(event) => handleChange(event.currentTarget.value)}
      onBlur={() => setTouched(true)}
      disabled={disabled}
      size="md"
      maw={280}
    />
  );
}

const ESSAY_MAX_CHARACTERS = 20_000;

export function EssayInput({ draft, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  const length = (draft.text ?? '').length;
  return (
    <Stack gap={4}>
      <Textarea
        label={t('quiz.question.essay')}
        value={draft.text ?? ''}
        onChange={(event) => onChange({ ...draft, text: event.currentTarget.value })}
        disabled={disabled}
        autosize
        minRows={6}
        maxRows={20}
        maxLength={ESSAY_MAX_CHARACTERS}
        size="md"
      />
      <Text size="xs" c="dimmed" ta="right" data-testid="quiz-essay-count">
        {t('quiz.question.characters', { count: length, formattedCount: format.number(length) })}
      </Text>
    </Stack>
  );
}
