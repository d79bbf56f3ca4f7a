import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizAttemptFieldsFragment } from '../../gql/generated';
import type { AnswerDraft } from './answer-value';
import { MatchingInput } from './matching-input';
import { OrderingInput } from './ordering-input';
import type { AnswerInputProps } from './question-inputs';
import { EssayInput, MultipleChoiceInput, NumericAnswerInput, ShortAnswerInput, SingleChoiceInput, TrueFalseInput } from './question-inputs';
import { useQuizFormat } from './quiz-format';

export type AttemptQuestion = QuizAttemptFieldsFragment['questions'][number];

export interface QuizQuestionProps {
  question: AttemptQuestion;
  number: number;
  total: number;
  draft: AnswerDraft;
  onChange: (question: AttemptQuestion, draft: AnswerDraft) => void;
  disabled: boolean;
  /** The heading, focused when the learner moves to this question. */
  headingRef?: Ref<HTMLHeadingElement>;
  onFocusInside?: () => void;
}

/** One question of the attempt: its number, points, prompt and the input of its type. */
export function QuizQuestion({ question, number, total, draft, onChange, disabled, headingRef, onFocusInside }: QuizQuestionProps) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  const headingId = `quiz-question-${question.id}`;
  const inputProps: AnswerInputProps = { question, draft, disabled, onChange: (next) => onChange(question, next) };

  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={headingId}
      data-testid="quiz-question"
      data-question-type={question.type}
      data-question-id={question.id}
      data-question-number={number}
      id={`soal-${number}`}
      onFocus={onFocusInside}
    >
      <Stack gap="md">
        <Stack gap={6}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" fw={600} component="h2" id={headingId} ref={headingRef} tabIndex={-1} m={0}>
              {t('quiz.attempt.questionOf', { number, total })}
            </Text>
            <Badge variant="light" color="gray" tt="none">
              {t('quiz.attempt.points', { count: question.points, formattedCount: format.number(question.points) })}
            </Badge>
          </Group>
          <Text size="md" fw={500} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {question.prompt}
          </Text>
        </Stack>
        <QuestionInput {...inputProps} />
      </Stack>
    </Paper>
  );
}

function QuestionInput(props: AnswerInputProps) {
  switch (props.question.type) {
    case 'SINGLE_CHOICE':
      return <SingleChoiceInput {...props} />;
    case 'MULTIPLE_CHOICE':
      return <MultipleChoiceInput {...props} />;
    case 'TRUE_FALSE':
      return <TrueFalseInput {...props} />;
    case 'SHORT_ANSWER':
      return <ShortAnswerInput {...props} />;
    case 'NUMERIC':
      return <NumericAnswerInput {...props} />;
    case 'MATCHING':
      return <MatchingInput {...props} />;
    case 'ORDERING':
      return <OrderingInput {...props} />;
    case 'ESSAY':
      return <EssayInput {...props} />;
  }
}
