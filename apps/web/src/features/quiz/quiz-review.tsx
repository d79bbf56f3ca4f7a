import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOutcome, QuizAttemptFieldsFragment } from '../../gql/generated';
import type { AnswerDraft } from './answer-value';
import { answerState, draftFrom, emptyDraft } from './answer-value';
import type { AttemptQuestion } from './quiz-question';
import { useQuizFormat } from './quiz-format';

type Review = NonNullable<QuizAttemptFieldsFragment['review']>;
type ReviewedQuestion = Review['questions'][number];

const OUTCOME_COLORS: Record<AnswerOutcome, string> = {
  CORRECT: 'teal',
  PARTIAL: 'yellow',
  INCORRECT: 'red',
  UNANSWERED: 'gray',
  PENDING: 'blue',
};

/**
 * Per question: the learner's answer, its outcome and points; the correct answer and the
 * explanations only when the quiz shows them (the server sends nothing of them otherwise).
 */
export function QuizReview({ attempt, review }: { attempt: QuizAttemptFieldsFragment; review: Review }) {
  const { t } = useTranslation();
  const results = new Map(review.questions.map((result) => [result.questionId, result]));
  const answers = new Map(attempt.answers.map((answer) => [answer.questionId, draftFrom(answer)]));
  const questions = [...attempt.questions].sort((left, right) => left.position - right.position);

  return (
    <Stack gap="sm" component="section" aria-labelledby="quiz-review-title" data-testid="quiz-review">
      <Title order={2} size="h4" id="quiz-review-title">
        {t('quiz.review.title')}
      </Title>
      {!review.showsCorrectAnswers && (
        <Text size="sm" c="dimmed">
          {t('quiz.review.correctAnswersHidden')}
        </Text>
      )}
      {questions.map((question, index) => (
        <ReviewedQuestionCard
          key={question.id}
          number={index + 1}
          question={question}
          answer={answers.get(question.id) ?? emptyDraft(question.id)}
          result={results.get(question.id) ?? null}
          showsCorrect={review.showsCorrectAnswers}
        />
      ))}
    </Stack>
  );
}

interface CardProps {
  number: number;
  question: AttemptQuestion;
  answer: AnswerDraft;
  result: ReviewedQuestion | null;
  showsCorrect: boolean;
}

function ReviewedQuestionCard({ number, question, answer, result, showsCorrect }: CardProps) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  const answered = answerState(question, answer) !== 'unanswered';

  return (
    <Paper withBorder radius="md" p="md" data-testid="quiz-review-question" data-outcome={result?.outcome} data-question-type={question.type}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed" fw={600}>
            {t('quiz.review.question', { number })}
          </Text>
          {result && (
            <Group gap={6}>
              <Badge color={OUTCOME_COLORS[result.outcome]} variant="light" tt="none">
                {t(`quiz.review.outcome.${result.outcome}`)}
              </Badge>
              <Text size="sm" fw={600}>
                {result.points === null
                  ? t('quiz.review.pointsPending', { max: format.number(result.maxPoints) })
                  : t('quiz.review.points', { points: format.number(result.points), max: format.number(result.maxPoints) })}
              </Text>
            </Group>
          )}
        </Group>
        <Text fw={500} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {question.prompt}
        </Text>
        <Labelled label={t('quiz.review.yourAnswer')}>{answered ? <AnswerView question={question} answer={answer} /> : <Text size="sm" c="dimmed">{t('quiz.review.noAnswer')}</Text>}</Labelled>
        {showsCorrect && result && <CorrectAnswer question={question} result={result} />}
        {result?.feedback && <Labelled label={t('quiz.review.feedback')}><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{result.feedback}</Text></Labelled>}
        {result?.essayComment && (
          <Labelled label={t('quiz.review.essayComment')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {result.essayComment}
            </Text>
          </Labelled>
        )}
      </Stack>
    </Paper>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function textsOf(items: readonly { id: string; text: string }[], ids: readonly string[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item.text]));
  return ids.map((id) => byId.get(id) ?? '?');
}

/** The learner's answer in words (option texts, "Benar", the number in the language on screen, ...). */
function AnswerView({ question, answer }: { question: AttemptQuestion; answer: AnswerDraft }) {
  return <AnswerLines question={question} answer={answer} />;
}

function AnswerLines({ question, answer }: { question: AttemptQuestion; answer: AnswerDraft }) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return <Lines lines={textsOf(question.options, question.options.filter((option) => answer.optionIds.includes(option.id)).map((option) => option.id))} />;
    case 'TRUE_FALSE':
      return <Text size="sm">{answer.booleanValue ? t('quiz.question.true') : t('quiz.question.false')}</Text>;
    case 'SHORT_ANSWER':
    case 'ESSAY':
      return (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {answer.text}
        </Text>
      );
    case 'NUMERIC':
      return <Text size="sm">{answer.number === null ? '' : format.number(answer.number, 10)}</Text>;
    case 'MATCHING':
      return <MatchLines question={question} matches={answer.matches} />;
    case 'ORDERING':
      return <Lines ordered lines={textsOf(question.orderItems, answer.order)} />;
  }
}

function MatchLines({ question, matches }: { question: AttemptQuestion; matches: readonly { promptId: string; choiceId: string }[] }) {
  const chosen = new Map(matches.map((match) => [match.promptId, match.choiceId]));
  const choices = new Map(question.matchChoices.map((choice) => [choice.id, choice.text]));
  return (
    <Lines
      lines={question.matchPrompts.map((prompt) => {
        const choiceId = chosen.get(prompt.id);
        return `${prompt.prompt} → ${choiceId ? (choices.get(choiceId) ?? '?') : '–'}`;
      })}
    />
  );
}

function Lines({ lines, ordered = false }: { lines: string[]; ordered?: boolean }) {
  if (lines.length === 1 && !ordered) return <Text size="sm">{lines[0]}</Text>;
  return (
    <List size="sm" type={ordered ? 'ordered' : 'unordered'} spacing={2}>
      {lines.map((line, index) => (
        <List.Item key={index} style={{ overflowWrap: 'anywhere' }}>
          {line}
        </List.Item>
      ))}
    </List>
  );
}

/** Only with `showsCorrectAnswers`: the key fields are null otherwise. */
function CorrectAnswer({ question, result }: { question: AttemptQuestion; result: ReviewedQuestion }) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  let body: ReactNode = null;
  let label = t('quiz.review.correctAnswer');
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      if (result.correctOptionIds) body = <Lines lines={textsOf(question.options, question.options.filter((option) => result.correctOptionIds?.includes(option.id)).map((option) => option.id))} />;
      break;
    case 'TRUE_FALSE':
      if (result.correctBoolean !== null) body = <Text size="sm">{result.correctBoolean ? t('quiz.question.true') : t('quiz.question.false')}</Text>;
      break;
    case 'SHORT_ANSWER':
      label = t('quiz.review.acceptedAnswers');
      if (result.acceptedAnswers) body = <Lines lines={result.acceptedAnswers} />;
      break;
    case 'NUMERIC':
      if (result.numericAnswer !== null) {
        body = (
          <Text size="sm">
            {result.numericTolerance
              ? t('quiz.review.numericAnswer', { value: format.number(result.numericAnswer, 10), tolerance: format.number(result.numericTolerance, 10) })
              : t('quiz.review.numericExact', { value: format.number(result.numericAnswer, 10) })}
          </Text>
        );
      }
      break;
    case 'MATCHING':
      if (result.correctMatches) body = <MatchLines question={question} matches={result.correctMatches} />;
      break;
    case 'ORDERING':
      if (result.correctOrder) body = <Lines ordered lines={textsOf(question.orderItems, result.correctOrder)} />;
      break;
    case 'ESSAY':
      break;
  }
  const optionFeedback = (result.optionFeedback ?? []).filter((entry) => entry.feedback.trim() !== '');
  if (!body && optionFeedback.length === 0) return null;
  const optionTexts = new Map(question.options.map((option) => [option.id, option.text]));
  return (
    <>
      {body && <Labelled label={label}>{body}</Labelled>}
      {optionFeedback.length > 0 && (
        <Labelled label={t('quiz.review.feedback')}>
          <Lines lines={optionFeedback.map((entry) => `${optionTexts.get(entry.optionId) ?? '?'}: ${entry.feedback}`)} />
        </Labelled>
      )}
    </>
  );
}
