import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { StartQuizAttemptDocument } from '../../gql/generated';
import type { QuizOverviewFieldsFragment } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';
import { useLearningFormat } from '../learning/use-learning-format';
import { QuizStatusBadge } from './quiz-status-badge';
import { quizAttemptPath } from './quiz-paths';
import { useQuizFormat } from './quiz-format';

export interface QuizLessonProps {
  courseId: string;
  lessonId: string;
  quiz: QuizOverviewFieldsFragment | null;
  /** An enrolled learner (false: an author's preview, which shows the quiz without starting it). */
  learning: boolean;
}

/** A QUIZ lesson on the lesson page: what the quiz asks, the learner's attempts and standing, and Start / Continue. */
export function QuizLesson({ courseId, lessonId, quiz, learning }: QuizLessonProps) {
  const { t } = useTranslation();
  if (!quiz) return <Text c="dimmed">{t('quiz.overview.unavailable')}</Text>;
  return (
    <Stack gap="md">
      {quiz.role !== 'NONE' && (
        <Alert color="indigo" variant="light" title={t(`quiz.role.${quiz.role}`)}>
          <Text size="sm">{t(`quiz.roleHint.${quiz.role}`)}</Text>
        </Alert>
      )}
      <QuizFacts quiz={quiz} />
      {learning ? (
        <QuizStart courseId={courseId} lessonId={lessonId} quiz={quiz} />
      ) : (
        <Alert color="yellow" variant="light">
          {t('quiz.overview.preview')}
        </Alert>
      )}
      {learning && <QuizAttemptsList courseId={courseId} lessonId={lessonId} quiz={quiz} />}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {children}
      </Text>
    </div>
  );
}

function QuizFacts({ quiz }: { quiz: QuizOverviewFieldsFragment }) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  const learningFormat = useLearningFormat();
  const window =
    quiz.opensAt && quiz.closesAt
      ? t('quiz.overview.window', { opens: format.dateTime(quiz.opensAt), closes: format.dateTime(quiz.closesAt) })
      : quiz.opensAt
        ? t('quiz.overview.opensAt', { date: format.dateTime(quiz.opensAt) })
        : quiz.closesAt
          ? t('quiz.overview.closesAt', { date: format.dateTime(quiz.closesAt) })
          : t('quiz.overview.alwaysOpen');

  return (
    <Paper withBorder radius="md" p="md" data-testid="quiz-overview">
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
        <Fact label={t('quiz.overview.questionsLabel')}>
          {t('quiz.overview.questions', { count: quiz.questionCount })} · {t('quiz.overview.totalPoints', { points: format.number(quiz.totalPoints) })}
        </Fact>
        <Fact label={t('quiz.overview.timeLimitLabel')}>
          {quiz.timeLimitMinutes ? learningFormat.duration(quiz.timeLimitMinutes) : t('quiz.overview.noTimeLimit')}
        </Fact>
        <Fact label={t('quiz.overview.attemptsLabel')}>
          {quiz.maxAttempts
            ? t('quiz.overview.attemptsUsed', { used: quiz.attemptsUsed, max: quiz.maxAttempts })
            : t('quiz.overview.attemptsUnlimited', { used: quiz.attemptsUsed })}
        </Fact>
        <Fact label={t('quiz.overview.passingLabel')}>{t('quiz.overview.passing', { percent: format.percent(quiz.passingPercent) })}</Fact>
        <Fact label={t('quiz.overview.windowLabel')}>{window}</Fact>
        <Fact label={`${t('quiz.overview.countedLabel')} (${t(`quiz.overview.scoring.${quiz.scoring}`)})`}>
          <Group gap={6} component="span">
            <span data-testid="quiz-counted-percent">{quiz.countedPercent === null ? t('quiz.overview.countedNone') : format.percent(quiz.countedPercent)}</span>
            {quiz.countedPercent !== null && (
              <Badge color={quiz.passed ? 'teal' : 'gray'} variant="light" tt="none" data-testid="quiz-passed" data-passed={quiz.passed}>
                {quiz.passed ? t('quiz.overview.passed') : t('quiz.overview.notPassed')}
              </Badge>
            )}
          </Group>
        </Fact>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        {t(`quiz.overview.reviewPolicy.${quiz.review}`)}
      </Text>
    </Paper>
  );
}

function QuizStart({ courseId, lessonId, quiz }: { courseId: string; lessonId: string; quiz: QuizOverviewFieldsFragment }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const describeError = useErrorMessage();
  const format = useQuizFormat();
  const learningFormat = useLearningFormat();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inProgress = quiz.inProgressAttempt;

  const handleStart = async () => {
    if (starting) return;
    setStarting(true);
    setError(null);
    try {
      const { data } = await client.mutate({ mutation: StartQuizAttemptDocument, variables: { courseId, lessonId } });
      if (data) await navigate(quizAttemptPath(courseId, lessonId, data.startQuizAttempt.id));
    } catch (startError) {
      setError(startError);
    } finally {
      setStarting(false);
    }
  };

  if (inProgress) {
    return (
      <Stack gap="xs" align="flex-start">
        <Button size="md" component={Link} to={quizAttemptPath(courseId, lessonId, inProgress.id)} data-testid="quiz-start">
          {t('quiz.overview.continue')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('quiz.attempts.number', { number: inProgress.number })} · {t('quiz.attempts.startedAt', { date: format.dateTime(inProgress.startedAt) })}
        </Text>
      </Stack>
    );
  }
  if (!quiz.canStart) {
    const reason = format.language === 'en' ? (quiz.cannotStartReasonEn ?? quiz.cannotStartReason) : quiz.cannotStartReason;
    return (
      <Alert color="gray" variant="light" title={t('quiz.overview.cannotStart')} data-testid="quiz-cannot-start">
        {reason && <Text size="sm">{reason}</Text>}
      </Alert>
    );
  }
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm" c="dimmed">
        {quiz.timeLimitMinutes
          ? t('quiz.overview.startTimedHint', { duration: learningFormat.duration(quiz.timeLimitMinutes) })
          : t('quiz.overview.startHint')}
      </Text>
      <Button size="md" onClick={() => void handleStart()} loading={starting} data-testid="quiz-start">
        {quiz.attemptsUsed > 0 ? t('quiz.overview.startAgain') : t('quiz.overview.start')}
      </Button>
      {error !== null && (
        <Alert color="red" variant="light" role="alert">
          {describeError(error)}
        </Alert>
      )}
    </Stack>
  );
}

function QuizAttemptsList({ courseId, lessonId, quiz }: { courseId: string; lessonId: string; quiz: QuizOverviewFieldsFragment }) {
  const { t } = useTranslation();
  const format = useQuizFormat();
  if (quiz.attempts.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="quiz-attempts-title">
      <Title order={2} size="h4" id="quiz-attempts-title">
        {t('quiz.attempts.title')}
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="quiz-attempts">
        {quiz.attempts.map((attempt) => (
          <Paper component="li" key={attempt.id} withBorder radius="md" p="sm" data-status={attempt.status}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {t('quiz.attempts.number', { number: attempt.number })}
                  </Text>
                  <QuizStatusBadge status={attempt.status} />
                  {attempt.percent !== null && attempt.status === 'GRADED' && (
                    <Text size="sm" fw={600}>
                      {format.percent(attempt.percent)}
                      {attempt.passed !== null && ` · ${attempt.passed ? t('quiz.overview.passed') : t('quiz.overview.notPassed')}`}
                    </Text>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {attempt.submittedAt
                    ? t('quiz.attempts.submittedAt', { date: format.dateTime(attempt.submittedAt) })
                    : t('quiz.attempts.startedAt', { date: format.dateTime(attempt.startedAt) })}
                  {attempt.submittedAutomatically && ` · ${t('quiz.attempts.automatic')}`}
                </Text>
              </Stack>
              <Anchor
                component={Link}
                to={quizAttemptPath(courseId, lessonId, attempt.id)}
                size="sm"
                aria-label={`${t('quiz.attempts.number', { number: attempt.number })}: ${
                  attempt.status === 'IN_PROGRESS' ? t('quiz.attempts.continue') : t('quiz.attempts.open')
                }`}
              >
                {attempt.status === 'IN_PROGRESS' ? t('quiz.attempts.continue') : t('quiz.attempts.open')}
              </Anchor>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
