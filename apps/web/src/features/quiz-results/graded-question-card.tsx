import { Alert, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOutcome } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';
import { answerLines, keyLines } from './answer-text';
import type { AnswerWords } from './answer-text';
import type { GradedQuestion } from './essay-grade';
import { LOCALE, formatPoints } from './quiz-format';

const OUTCOME_COLORS: Record<AnswerOutcome, string> = {
  CORRECT: 'green',
  PARTIAL: 'yellow',
  INCORRECT: 'red',
  UNANSWERED: 'gray',
  PENDING: 'blue',
};

export interface GradedQuestionCardProps {
  question: GradedQuestion;
  /** 1-based, as the attempt listed it. */
  number: number;
  /** ESSAY questions: the grading form, when the viewer grades here. */
  children?: ReactNode;
}

/** One question of an attempt for its graders: the learner's answer, the key, a late answer, the result. */
export function GradedQuestionCard({ question, number, children }: GradedQuestionCardProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const locale = LOCALE[language];
  const words: AnswerWords = { yes: t('quizAuthoring.attempt.yes'), no: t('quizAuthoring.attempt.no'), unknown: t('quizAuthoring.attempt.unknown') };
  const answer = answerLines(question, question.answer, words);
  const late = answerLines(question, question.lateAnswer, words);
  const key = keyLines(question, words);
  const chosen = new Set(question.answer?.optionIds ?? []);
  const optionFeedback = question.options.filter((option) => chosen.has(option.id) && option.feedback);
  const essay = question.type === 'ESSAY';

  return (
    <Paper withBorder radius="md" p="md" component="article" data-testid="graded-question">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text size="sm" c="dimmed">
            {t('quizAuthoring.attempt.question', { number })} · {t(`quizAuthoring.questionType.${question.type}`)}
          </Text>
          <Group gap={6}>
            <Badge variant="light" color={OUTCOME_COLORS[question.outcome]}>
              {t(`quizAuthoring.outcome.${question.outcome}`)}
            </Badge>
            <Text size="sm" fw={600}>
              {question.points === null
                ? t('quizAuthoring.attempt.pointsPending', { max: formatPoints(question.maxPoints, locale) })
                : t('quizAuthoring.attempt.points', { points: formatPoints(question.points, locale), max: formatPoints(question.maxPoints, locale) })}
            </Text>
          </Group>
        </Group>
        <Text fw={600} style={{ whiteSpace: 'pre-line' }}>
          {question.prompt}
        </Text>

        <AnswerBlock label={t('quizAuthoring.attempt.answer')} lines={answer} empty={t('quizAuthoring.attempt.noAnswer')} preLine={essay} />
        {optionFeedback.map((option) => (
          <Text key={option.id} size="sm" c="dimmed">
            {t('quizAuthoring.attempt.optionFeedback', { feedback: option.feedback })}
          </Text>
        ))}
        {key.length > 0 && <AnswerBlock label={t(essay ? 'quizAuthoring.form.rubric' : 'quizAuthoring.attempt.key')} lines={key} />}
        {question.lateAnswer && (
          <Alert color="orange" variant="light" title={t('quizAuthoring.attempt.lateAnswer')} data-testid="late-answer">
            <Stack gap={4}>
              {late.map((line, index) => (
                // Lines of one answer, in the learner's order.
                <Text key={`${String(index)}-${line}`} size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {line}
                </Text>
              ))}
              <Text size="xs" c="dimmed">
                {t('quizAuthoring.attempt.savedAt', { date: formatDateTime(question.lateAnswer.savedAt, language) })}
              </Text>
            </Stack>
          </Alert>
        )}
        {question.essayComment && !children && (
          <Text size="sm">
            <Text span fw={600}>
              {t('quizAuthoring.attempt.comment')}:
            </Text>{' '}
            {question.essayComment}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

function AnswerBlock({ label, lines, empty, preLine }: { label: string; lines: readonly string[]; empty?: string; preLine?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : lines.length === 1 ? (
        <Text size="sm" style={preLine ? { whiteSpace: 'pre-line' } : undefined}>
          {lines[0]}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {lines.map((line, index) => (
            <List.Item key={`${String(index)}-${line}`}>{line}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
