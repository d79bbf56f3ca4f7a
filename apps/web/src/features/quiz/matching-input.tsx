import { NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerInputProps } from './question-inputs';

/** MATCHING: a native select per prompt (fits a phone, works with its own picker and screen readers). */
export function MatchingInput({ question, draft, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  const chosen = new Map(draft.matches.map((match) => [match.promptId, match.choiceId]));
  const choices = [{ value: '', label: t('quiz.question.matchChoose') }, ...question.matchChoices.map((choice) => ({ value: choice.id, label: choice.text }))];

  const handleSelect = (promptId: string, choiceId: string) => {
    const matches = draft.matches.filter((match) => match.promptId !== promptId);
    if (choiceId) matches.push({ promptId, choiceId });
    // In the order of the prompts, so equal answers look equal.
    const position = new Map(question.matchPrompts.map((prompt, index) => [prompt.id, index]));
    matches.sort((left, right) => (position.get(left.promptId) ?? 0) - (position.get(right.promptId) ?? 0));
    onChange({ ...draft, matches });
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('quiz.question.matchingHint')}
      </Text>
      {question.matchPrompts.map((prompt) => (
        <NativeSelect
          key={prompt.id}
          label={prompt.prompt}
          data={choices}
          value={chosen.get(prompt.id) ?? ''}
          onChange={(event) => handleSelect(prompt.id, event.currentTarget.value)}
          disabled={disabled}
          size="md"
          styles={{ label: { whiteSpace: 'pre-wrap' } }}
        />
      ))}
    </Stack>
  );
}
