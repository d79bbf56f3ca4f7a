import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { QuizResultsDocument, QuizResultsSummaryDocument } from '../../gql/generated';
import type { QuizAttemptStatus, QuizAttemptSummaryFieldsFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';
import { useCursorPages } from '../course-admin/use-cursor-pages';
import { BackLink, CourseFrame, quizLessonsOf } from './course-frame';
import { CourseQuizLinks } from './course-quizzes-page';
import { formatPercentNumber } from './gain-chart-data';
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
      <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }} spacing="sm" data-testid="quiz-results-summary">
        {tiles.map(([label, value]) => (
          <Paper key={label} withBorder radius="md" p="sm">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="lg">
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

function ResultsTable({ courseId, lessonId, status }: { courseId: string; lessonId: string; status: QuizAttemptStatus | null }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const pages = useCursorPages(`${lessonId}\n${status ?? ''}`);
  const { data, previousData, loading, error, refetch } = useQuery(QuizResultsDocument, {
    variables: { courseId, lessonId, status, first: RESULTS_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? (loading ? previousData : undefined))?.quizResults;

  if (!connection && loading) return <Skeleton height={160} radius="md" aria-busy="true" />;
  if (!connection) {
    return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('quizAuthoring.results.loadError')} />;
  }
  if (connection.edges.length === 0) return <Text c="dimmed">{t('quizAuthoring.results.empty')}</Text>;
  const offset = pages.pageIndex * RESULTS_PAGE_SIZE;
  const endCursor = connection.pageInfo.endCursor;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('quizAuthoring.results.range', { from: offset + 1, to: offset + connection.edges.length, count: connection.totalCount })}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quizAuthoring.results.learner')}</Table.Th>
              <Table.Th>{t('quizAuthoring.results.nip')}</Table.Th>
              <Table.Th>{t('quizAuthoring.results.attempt')}</Table.Th>
              <Table.Th>{t('quizAuthoring.results.status')}</Table.Th>
              <Table.Th>{t('quizAuthoring.results.score')}</Table.Th>
              <Table.Th>{t('quizAuthoring.results.submittedAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {connection.edges.map(({ node }) => (
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
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(pages.pageIndex > 0 || connection.pageInfo.hasNextPage) && (
        <Group justify="space-between">
          <Button variant="default" disabled={pages.pageIndex === 0 || loading} onClick={pages.goPrevious}>
            {t('quizAuthoring.bank.previous')}
          </Button>
          <Button
            variant="default"
            disabled={!connection.pageInfo.hasNextPage || !endCursor || loading}
            onClick={() => {
              pages.goNext(endCursor ?? null);
            }}
          >
            {t('quizAuthoring.bank.next')}
          </Button>
        </Group>
      )}
    </Stack>
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
