import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { GradedAttemptDocument } from '../../gql/generated';
import { AttemptHeader } from './attempt-header';
import { BackLink, CourseFrame } from './course-frame';
import { EssayGradeForm } from './essay-grade-form';
import { GradeSavedNotice } from './grade-saved-notice';
import { GradedQuestionCard } from './graded-question-card';
import { courseQuizzesPath, quizResultsPath } from './quiz-results-paths';

/** One attempt for its graders (`/mengajar/kursus/:courseId/percobaan/:attemptId`); pending essays are graded here too. */
export function AttemptPage() {
  const { courseId, attemptId } = useParams();
  const { t } = useTranslation();
  return (
    <CourseFrame courseId={courseId} documentTitle={() => t('quizAuthoring.results.title')} loadErrorTitle={t('quizAuthoring.attempt.loadError')}>
      {(course) => (attemptId ? <AttemptView courseId={course.id} attemptId={attemptId} /> : null)}
    </CourseFrame>
  );
}

function AttemptView({ courseId, attemptId }: { courseId: string; attemptId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(GradedAttemptDocument, { variables: { attemptId }, fetchPolicy: 'cache-and-network' });
  const attempt = data?.gradedAttempt;
  const reload = () => refetch();
  // The form starts again from the stored grade after a save: say that it was stored.
  const [graded, setGraded] = useState(false);

  if (!attempt) {
    if (error) return <LoadErrorAlert error={error} onRetry={() => void reload().catch(() => undefined)} title={t('quizAuthoring.attempt.loadError')} />;
    return <Skeleton height={240} radius="md" aria-busy="true" />;
  }
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackLink to={quizResultsPath(courseId, attempt.attempt.lessonId)}>{t('quizAuthoring.attempt.backToResults')}</BackLink>
        <Title order={1} lh={1.25}>
          {t('quizAuthoring.attempt.title', { number: attempt.attempt.number, name: attempt.learner.fullName })}
        </Title>
        <Text c="dimmed">{attempt.lessonTitle}</Text>
        <AttemptHeader attempt={attempt} />
      </Stack>
      {graded && (
        <GradeSavedNotice
          onClose={() => {
            setGraded(false);
          }}
        />
      )}
      <Stack gap="md">
        {attempt.questions.map((question, index) => (
          <GradedQuestionCard key={question.questionId} question={question} number={index + 1}>
            {question.type === 'ESSAY' && (question.outcome === 'PENDING' || question.essayScores.length > 0 || question.points !== null) && question.answer && (
              <EssayGradeForm
                // A new grading revision means another view: start from the stored grade.
                key={`${question.questionId}-${String(attempt.gradingRevision)}`}
                attempt={attempt}
                question={question}
                onGraded={() => {
                  setGraded(true);
                }}
                onReload={reload}
              />
            )}
          </GradedQuestionCard>
        ))}
      </Stack>
      <BackLink to={courseQuizzesPath(courseId)}>{t('quizAuthoring.links.backToQuizzes')}</BackLink>
    </Stack>
  );
}
