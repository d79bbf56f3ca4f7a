import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuizAttemptFieldsFragment, QuizReviewPolicy } from '../../gql/generated';
import { lessonPath } from '../course/course-path';
import type { NavLesson } from '../lesson/lesson-nav';
import { QuizReview } from './quiz-review';
import { useQuizFormat } from './quiz-format';

/** Grading usually takes a second or two; past this, say so and offer to ask again. */
const SLOW_GRADING_MS = 30_000;

export interface QuizResultProps {
  attempt: QuizAttemptFieldsFragment;
  /** From the lesson's overview (null while it loads). */
  passingPercent: number | null;
  /** When the review shows (null while the lesson loads). */
  reviewPolicy: QuizReviewPolicy | null;
  /** Passing completes the lesson only when it is required. */
  lessonRequired: boolean;
  courseId: string;
  lessonId: string;
  nextLesson: NavLesson | null;
  onRefresh: () => void;
}

/** A submitted attempt: "Sedang dinilai…" until the worker is done, then the score, pass or not, and the review when allowed. */
export function QuizResult({ attempt, passingPercent, reviewPolicy, lessonRequired, courseId, lessonId, nextLesson, onRefresh }: QuizResultProps) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  const { status } = attempt;

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md" data-testid="quiz-result" data-status={status} aria-live="polite">
        {status === 'SUBMITTED' || status === 'IN_PROGRESS' ? (
          <Grading onRefresh={onRefresh} />
        ) : (
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('quiz.result.title', { number: attempt.number })}
            </Title>
            {status === 'GRADED' && attempt.percent !== null ? (
              <Group gap="md" align="baseline" wrap="wrap">
                <Text fz={40} fw={800} lh={1} data-testid="quiz-score" data-percent={attempt.percent}>
                  {format.percent(attempt.percent)}
                </Text>
                <Stack gap={4}>
                  <Text size="sm">
                    {t('quiz.result.score', { score: format.number(attempt.scorePoints ?? 0), max: format.number(attempt.maxPoints) })}
                  </Text>
                  {attempt.passed !== null && (
                    <Badge size="lg" color={attempt.passed ? 'teal' : 'red'} variant="light" tt="none" data-testid="quiz-passed" data-passed={attempt.passed}>
                      {attempt.passed ? t('quiz.result.passed') : t('quiz.result.notPassed')}
                    </Badge>
                  )}
                </Stack>
              </Group>
            ) : (
              <Alert color="yellow" variant="light" title={t('quiz.result.awaitingGrading')}>
                <Stack gap={4}>
                  <Text size="sm">{t('quiz.result.awaitingGradingHint')}</Text>
                  {attempt.scorePoints !== null && (
                    <Text size="sm" data-testid="quiz-score">
                      {t('quiz.result.pointsSoFar', { score: format.number(attempt.scorePoints), max: format.number(attempt.maxPoints) })}
                    </Text>
                  )}
                </Stack>
              </Alert>
            )}
            {passingPercent !== null && (
              <Text size="sm" c="dimmed">
                {t('quiz.result.passingNeeded', { percent: format.percent(passingPercent) })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {attempt.submittedAt && t('quiz.result.submittedAt', { date: format.dateTime(attempt.submittedAt) })}
              {attempt.submittedAutomatically && ` · ${t('quiz.result.submittedAutomatically')}`}
            </Text>
            {status === 'GRADED' && attempt.passed && lessonRequired && (
              <Alert color="teal" variant="light" data-testid="quiz-lesson-done">
                {t('quiz.result.lessonDone')}
              </Alert>
            )}
          </Stack>
        )}
      </Paper>

      {status !== 'SUBMITTED' && status !== 'IN_PROGRESS' &&
        (attempt.review ? (
          <QuizReview attempt={attempt} review={attempt.review} />
        ) : (
          <Text size="sm" c="dimmed">
            {reviewPolicy ? t(`quiz.overview.reviewPolicy.${reviewPolicy}`) : t('quiz.result.noReview')}
          </Text>
        ))}

      <Group gap="sm">
        <Button component={Link} to={lessonPath(courseId, lessonId)} variant="default">
          {t('quiz.result.backToLesson')}
        </Button>
        {nextLesson && !nextLesson.locked && (
          <Button component={Link} to={lessonPath(courseId, nextLesson.id)} aria-label={t('learning.lesson.nextLabel', { title: nextLesson.title })}>
            {t('quiz.result.nextLesson')}
            <span aria-hidden="true">&nbsp;→</span>
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function Grading({ onRefresh }: { onRefresh: () => void }) {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), SLOW_GRADING_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" role="status">
      <Loader size="sm" mt={2} aria-hidden="true" />
      <Stack gap={4}>
        <Text fw={600}>{t('quiz.result.grading')}</Text>
        <Text size="sm" c="dimmed">
          {slow ? t('quiz.result.gradingSlow') : t('quiz.result.gradingHint')}
        </Text>
        {slow && (
          <Button size="xs" variant="default" onClick={onRefresh} style={{ alignSelf: 'flex-start' }}>
            {t('quiz.result.checkAgain')}
          </Button>
        )}
      </Stack>
    </Group>
  );
}
