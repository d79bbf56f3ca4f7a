import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useDocumentTitle } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LessonViewDocument, QuizAttemptDocument } from '../../gql/generated';
import { PageLoader } from '../../components/page-loader';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { errorCode } from '../../lib/api-error';
import { useErrorMessage } from '../../lib/use-error-message';
import { lessonPath } from '../course/course-path';
import { forgetMyLearningLists } from '../learning/my-learning-cache';
import { navLesson } from '../lesson/lesson-outline-nav';
import { AnswerQueue, answerQueueKey, browserStorage } from './answer-queue';
import { forgetLayoutChoice } from './layout-choice';
import { addQuizTypePolicies } from './quiz-cache';
import { QuizResult } from './quiz-result';
import { QuizTaking } from './quiz-taking';

/** While the worker grades: ask again this often (a phone on a weak connection can afford it). */
const GRADING_POLL_MS = 1_500;

/** An attempt (`/kursus/:courseId/pelajaran/:lessonId/kuis/:attemptId`): taking it, then its result and review. */
export function QuizAttemptPage() {
  const { courseId = '', lessonId = '', attemptId = '' } = useParams();
  const { t } = useTranslation();
  const client = useApolloClient();
  // Before the first attempt is cached (see quiz-cache.ts); adding the same policies again changes nothing.
  useState(() => addQuizTypePolicies(client.cache));
  const lessonQuery = useQuery(LessonViewDocument, courseId && lessonId ? { variables: { courseId, lessonId } } : skipToken);
  const attemptQuery = useQuery(
    QuizAttemptDocument,
    // Never from the cache: serverNow must be fresh for the countdown, and a result must not be an older answer.
    attemptId ? { variables: { attemptId }, fetchPolicy: 'network-only' } : skipToken,
  );
  const attempt = attemptQuery.data?.quizAttempt;
  const view = lessonQuery.data?.lesson;
  const status = attempt?.status;
  const { startPolling, stopPolling, refetch } = attemptQuery;
  const sawUnfinished = useRef(false);
  const lessonRefreshed = useRef(false);
  useDocumentTitle(
    view && attempt ? `${t('quiz.attempt.documentTitle', { lesson: view.lesson.title, number: attempt.number })} · ${t('app.name')}` : t('app.name'),
  );

  useEffect(() => {
    if (status === 'SUBMITTED') startPolling(GRADING_POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [status, startPolling, stopPolling]);

  useEffect(() => {
    if (!status) return;
    if (status === 'IN_PROGRESS' || status === 'SUBMITTED') {
      sawUnfinished.current = true;
      return;
    }
    // A finished attempt: whatever this device still held for it is of no use.
    new AnswerQueue(answerQueueKey(attemptId), browserStorage()).clear();
    forgetLayoutChoice(attemptId);
    if (sawUnfinished.current && !lessonRefreshed.current) {
      lessonRefreshed.current = true;
      // Passing completes the lesson on the server (and may unlock the next one, or complete the course).
      forgetMyLearningLists(client.cache);
      client.refetchQueries({ include: [LessonViewDocument] }).catch(() => undefined);
    }
  }, [status, attemptId, client]);

  const handleClosed = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);

  const back = (
    <Anchor component={Link} to={lessonPath(courseId, lessonId)} size="sm">
      <span aria-hidden="true">← </span>
      {view?.lesson.title ?? t('quiz.attempt.backToLesson')}
    </Anchor>
  );

  if (!attempt) {
    if (attemptQuery.error) return <AttemptError error={attemptQuery.error} back={back} onRetry={handleClosed} />;
    return <PageLoader label={t('quiz.loading')} />;
  }

  return (
    <Stack gap="md" maw={760} mx="auto">
      <Stack gap={4}>
        {back}
        <Title order={1} size="h3">
          {t('quiz.attempt.heading', { number: attempt.number })}
        </Title>
      </Stack>
      {attempt.status === 'IN_PROGRESS' ? (
        <QuizTaking key={attempt.id} attempt={attempt} onClosed={handleClosed} />
      ) : (
        <QuizResult
          attempt={attempt}
          passingPercent={view?.quiz?.passingPercent ?? null}
          reviewPolicy={view?.quiz?.review ?? null}
          lessonRequired={view?.lesson.required ?? false}
          courseId={courseId}
          lessonId={lessonId}
          nextLesson={view ? navLesson(view.course.modules, view.nextLessonId) : null}
          onRefresh={handleClosed}
        />
      )}
    </Stack>
  );
}

function AttemptError({ error, back, onRetry }: { error: unknown; back: ReactNode; onRetry: () => void }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const code = errorCode(error);
  return (
    <Stack gap="md" maw={640}>
      {back}
      {code === 'NOT_FOUND' || code === 'FORBIDDEN' ? (
        <Alert color="yellow" variant="light" title={t('quiz.attempt.notFound')}>
          <Text size="sm">{describeError(error)}</Text>
        </Alert>
      ) : (
        <LoadErrorAlert error={error} onRetry={onRetry} title={t('quiz.loadError')} />
      )}
    </Stack>
  );
}
