import { Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { EssayGradingQueueDocument } from '../../gql/generated';
import type { GradedAttemptFieldsFragment } from '../../gql/generated';
import { AttemptHeader } from './attempt-header';
import { BackLink, CourseFrame } from './course-frame';
import { EssayGradeForm } from './essay-grade-form';
import { pendingEssays } from './essay-grade';
import { GradeSavedNotice } from './grade-saved-notice';
import { GradedQuestionCard } from './graded-question-card';
import { courseQuizzesPath, quizAttemptPath } from './quiz-results-paths';

/** How many queued attempts one request brings: the grader works through them one by one. */
const QUEUE_PAGE_SIZE = 10;

/** The course's essays waiting for a grade (`/mengajar/kursus/:courseId/penilaian-esai`), one attempt at a time. */
export function EssayQueuePage() {
  const { courseId } = useParams();
  const { t } = useTranslation();
  return (
    <CourseFrame
      courseId={courseId}
      documentTitle={(course) => (course ? t('quizAuthoring.grading.documentTitle', { title: course.title }) : t('quizAuthoring.grading.title'))}
      loadErrorTitle={t('quizAuthoring.grading.loadError')}
    >
      {(course) => (
        <Stack gap="lg">
          <Stack gap="xs">
            <BackLink to={courseQuizzesPath(course.id)}>{t('quizAuthoring.links.backToQuizzes')}</BackLink>
            <Title order={1} lh={1.25}>
              {t('quizAuthoring.grading.title')}
            </Title>
            <Text c="dimmed">
              {course.title} · {t('quizAuthoring.grading.intro')}
            </Text>
          </Stack>
          <EssayQueue courseId={course.id} />
        </Stack>
      )}
    </CourseFrame>
  );
}

function EssayQueue({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(EssayGradingQueueDocument, {
    variables: { courseId, first: QUEUE_PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  // Attempts skipped in this visit go to the back of what is shown.
  const [skipped, setSkipped] = useState<string[]>([]);
  const [notice, setNotice] = useState(false);
  const connection = data?.essayGradingQueue;

  if (!connection) {
    if (error) return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('quizAuthoring.grading.loadError')} />;
    return <Skeleton height={240} radius="md" aria-busy="true" />;
  }
  const queued = connection.edges.map((edge) => edge.node).filter((attempt) => pendingEssays(attempt).length > 0);
  const ordered = [...queued.filter((attempt) => !skipped.includes(attempt.attempt.id)), ...queued.filter((attempt) => skipped.includes(attempt.attempt.id))];
  const current = ordered[0];

  // The grade form refetches the queue: a fully graded attempt leaves it and the next one shows.
  const handleGraded = () => {
    setNotice(true);
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" role="status">
        {t('quizAuthoring.grading.remaining', { count: connection.totalCount })}
      </Text>
      {notice && (
        <GradeSavedNotice
          onClose={() => {
            setNotice(false);
          }}
        />
      )}
      {!current ? (
        <Text c="dimmed" py="md" data-testid="essay-queue-empty">
          {loading ? '' : t('quizAuthoring.grading.empty')}
        </Text>
      ) : (
        <QueuedAttempt
          key={current.attempt.id}
          courseId={courseId}
          attempt={current}
          onGraded={handleGraded}
          onReload={() => refetch()}
          onSkip={
            ordered.length > 1
              ? () => {
                  setNotice(false);
                  setSkipped((previous) => [...previous.filter((id) => id !== current.attempt.id), current.attempt.id]);
                }
              : null
          }
        />
      )}
    </Stack>
  );
}

interface QueuedAttemptProps {
  courseId: string;
  attempt: GradedAttemptFieldsFragment;
  onGraded: () => void;
  onReload: () => Promise<unknown>;
  onSkip: (() => void) | null;
}

function QueuedAttempt({ courseId, attempt, onGraded, onReload, onSkip }: QueuedAttemptProps) {
  const { t } = useTranslation();
  const essays = pendingEssays(attempt);
  return (
    <Stack gap="md" data-testid="essay-queue-attempt">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('quizAuthoring.grading.attemptOf', { name: attempt.learner.fullName, quiz: attempt.lessonTitle, number: attempt.attempt.number })}
        </Title>
        <AttemptHeader attempt={attempt} />
        <Group gap="sm">
          <Anchor component={Link} to={quizAttemptPath(courseId, attempt.attempt.id)} size="sm">
            {t('quizAuthoring.grading.openAttempt')}
          </Anchor>
          {onSkip && (
            <Button size="xs" variant="subtle" onClick={onSkip}>
              {t('quizAuthoring.grading.skip')}
            </Button>
          )}
        </Group>
      </Stack>
      {essays.map((question) => (
        <GradedQuestionCard key={question.questionId} question={question} number={attempt.questions.indexOf(question) + 1}>
          <EssayGradeForm
            key={`${question.questionId}-${String(attempt.gradingRevision)}`}
            attempt={attempt}
            question={question}
            onGraded={onGraded}
            onReload={onReload}
          />
        </GradedQuestionCard>
      ))}
    </Stack>
  );
}
