import { Anchor, Badge, Group, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { QuizResultsDocument, QuizResultsSummaryDocument } from '../../gql/generated';
import type { QuizAttemptStatus, QuizAttemptSummaryFieldsFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';
import { usePagedQuery } from '../../lib/use-paged-query';
import { BackLink, CourseFrame, quizLessonsOf } from './course-frame';
import { CourseQuizLinks } from './course-quizzes-page';
import { formatPercentNumber } from './gain-chart-data';
import { FigureTiles } from './figure-tiles';
import { PagedTable, pageRange } from './paged-table';
import { ATTEMPT_STATUSES, LOCALE, STATUS_COLORS, formatPoints } from './quiz-format';
import { courseQuizzesPath, quizAttemptPath } from './quiz-results-paths';

const RESULTS_PAGE_SIZE = 20;

/** One quiz's results (`/mengajar/kursus/:courseId/kuis/:lessonId/hasil`): summary and attempts. */
export function QuizResultsPage() {
  const { courseId, lessonId } = useParams();
  const { t } = useTranslation();
  return (
    <CourseFrame
      courseId={courseId}
      documentTitle={(course) => {
        const lesson = course && quizLessonsOf(course).find((entry) => entry.lesson.id === lessonId);
        return lesson ? t('quizAuthoring.results.documentTitle', { title: lesson.lesson.title }) : t('quizAuthoring.results.title');
      }}
      loadErrorTitle={t('quizAuthoring.results.loadError')}
    >
      {(course) => {
        const entry = quizLessonsOf(course).find((candidate) => candidate.lesson.id === lessonId);
        return (
          <Stack gap="lg">
            <Stack gap="xs">
              <BackLink to={courseQuizzesPath(course.id)}>{t('quizAuthoring.links.backToQuizzes')}</BackLink>
              <Title order={1} lh={1.25}>
                {t('quizAuthoring.results.title')}
                {entry ? `: ${entry.lesson.title}` : ''}
              </Title>
              <Text c="dimmed">{course.title}</Text>
            </Stack>
            <CourseQuizLinks courseId={course.id} />
            {entry ? <QuizResults courseId={course.id} lessonId={entry.lesson.id} /> : <Text c="dimmed">{t('quizAuthoring.results.notFound')}</Text>}
          </Stack>
        );
      }}
    </CourseFrame>
  );
}

function QuizResults({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<QuizAttemptStatus | null>(null);
  return (
    <Stack gap="lg">
      <ResultsSummary courseId={courseId} lessonId={lessonId} />
      <Select
        label={t('quizAuthoring.results.status')}
        data={[
          { value: 'ALL', label: t('quizAuthoring.results.allStatuses') },
          ...ATTEMPT_STATUSES.map((value) => ({ value, label: t(`quizAuthoring.status.${value}`) })),
        ]}
        value={status ?? 'ALL'}
        allowDeselect={false}
        onChange={(value) => {
          setStatus(!value || value === 'ALL' ? null : (value as QuizAttemptStatus));
        }}
        w={280}
      />
      <ResultsTable courseId={courseId} lessonId={lessonId} status={status} />
    </Stack>
  );
}

function ResultsSummary({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { data, error, refetch } = useQuery(QuizResultsSummaryDocument, { variables: { courseId, lessonId }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('quizAuthoring.results.loadError')} />;
  const summary = data?.quizResultsSummary;
  if (!summary) return <Skeleton height={96} radius="md" />;
  const tiles: Array<[string, string]> = [
    [t('quizAuthoring.results.learners'), String(summary.learners)],
    [t('quizAuthoring.results.attempts'), String(summary.attempts)],
    [t('quizAuthoring.results.inProgress'), String(summary.inProgress)],
    [t('quizAuthoring.results.awaitingGrading'), String(summary.awaitingGrading)],
    [t('quizAuthoring.results.graded'), String(summary.graded)],
    [t('quizAuthoring.results.averagePercent'), summary.averagePercent === null ? '–' : `${formatPercentNumber(summary.averagePercent, language)}%`],
    [t('quizAuthoring.results.passRate'), summary.passRate === null ? '–' : `${formatPercentNumber(summary.passRate * 100, language)}%`],
  ];
  return (
    <section aria-labelledby="results-summary-heading">
      <Title order={2} size="h4" id="results-summary-heading" mb="sm">
        {t('quizAuthoring.results.summary')}
      </Title>
      <FigureTiles tiles={tiles} cols={{ base: 2, sm: 4, md: 7 }} testId="quiz-results-summary" />
    </section>
  );
}

function ResultsTable({ courseId, lessonId, status }: { courseId: string; lessonId: string; status: QuizAttemptStatus | null }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const list = usePagedQuery(QuizResultsDocument, {
    listKey: `${lessonId}\n${status ?? ''}`,
    variables: { courseId, lessonId, status },
    pageSize: RESULTS_PAGE_SIZE,
    connectionOf: (data) => data.quizResults,
  });

  if (list.isLoading) return <Skeleton height={160} radius="md" aria-busy="true" />;
  if (list.error) return <LoadErrorAlert error={list.error} onRetry={() => void list.retry()} title={t('quizAuthoring.results.loadError')} />;
  if (list.items.length === 0) return <Text c="dimmed">{t('quizAuthoring.results.empty')}</Text>;
  const headers = [
    t('quizAuthoring.results.learner'),
    t('quizAuthoring.results.nip'),
    t('quizAuthoring.results.attempt'),
    t('quizAuthoring.results.status'),
    t('quizAuthoring.results.score'),
    t('quizAuthoring.results.submittedAt'),
    // The column of "Detail" links.
    '',
  ];

  return (
    <PagedTable list={list} range={t('quizAuthoring.results.range', pageRange(list))} minWidth={720} headers={headers} highlightOnHover>
      {list.items.map((node) => (
        <Table.Tr key={node.attempt.id} data-testid="quiz-result-row">
          <Table.Td>{node.learner.fullName}</Table.Td>
          <Table.Td>{node.learner.nip ?? '–'}</Table.Td>
          <Table.Td>{node.attempt.number}</Table.Td>
          <Table.Td>
            <Badge variant="light" color={STATUS_COLORS[node.attempt.status]}>
              {t(`quizAuthoring.status.${node.attempt.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td>
            <ScoreCell attempt={node.attempt} />
          </Table.Td>
          <Table.Td>
            {node.attempt.submittedAt ? formatDateTime(node.attempt.submittedAt, language) : '–'}
            {node.attempt.submittedAutomatically && (
              <Badge ml={6} size="xs" variant="outline" color="orange" title={t('quizAuthoring.results.automaticHint')}>
                {t('quizAuthoring.results.automatic')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td>
            <Anchor component={Link} to={quizAttemptPath(courseId, node.attempt.id)} size="sm">
              {t('quizAuthoring.results.open')}
            </Anchor>
          </Table.Td>
        </Table.Tr>
      ))}
    </PagedTable>
  );
}

export function ScoreCell({ attempt }: { attempt: QuizAttemptSummaryFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE[currentLanguage(i18n.resolvedLanguage)];
  if (attempt.percent === null) {
    return attempt.scorePoints === null ? '–' : `${formatPoints(attempt.scorePoints, locale)}/${formatPoints(attempt.maxPoints, locale)}`;
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">
        {t('quizAuthoring.results.scoreValue', {
          percent: formatPoints(attempt.percent, locale),
          points: formatPoints(attempt.scorePoints, locale),
          max: formatPoints(attempt.maxPoints, locale),
        })}
      </Text>
      {attempt.passed !== null && (
        <Badge size="xs" variant="light" color={attempt.passed ? 'green' : 'red'}>
          {attempt.passed ? t('quizAuthoring.results.passed') : t('quizAuthoring.results.failed')}
        </Badge>
      )}
    </Group>
  );
}
