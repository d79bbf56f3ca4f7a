import { Group, Select, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { LearningGainDocument, LearningGainLearnersDocument } from '../../gql/generated';
import type { GainSummaryFieldsFragment, LearningGainQuery } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import type { SupportedLanguage } from '../../i18n/i18n';
import { usePagedQuery } from '../../lib/use-paged-query';
import { BackLink, CourseFrame } from './course-frame';
import { FigureTiles } from './figure-tiles';
import { formatGain, formatPercentNumber, gainChartRows } from './gain-chart-data';
import { PagedTable, pageRange } from './paged-table';
import { courseQuizzesPath } from './quiz-results-paths';

// recharts is big: only this page downloads it.
const GainChart = lazy(async () => ({ default: (await import('./gain-chart')).GainChart }));

const LEARNERS_PAGE_SIZE = 20;
/** The Select's value for "every class" (null is the self-enrolled class's assignmentId). */
const ALL_CLASSES = '*';
const SELF_ENROLLED = 'self';

type Report = LearningGainQuery['learningGain'];

/** Pre-test vs post-test of a course (`/mengajar/kursus/:courseId/peningkatan-belajar`). */
export function LearningGainPage() {
  const { courseId } = useParams();
  const { t } = useTranslation();
  return (
    <CourseFrame
      courseId={courseId}
      documentTitle={(course) => (course ? t('quizAuthoring.gain.documentTitle', { title: course.title }) : t('quizAuthoring.gain.title'))}
      loadErrorTitle={t('quizAuthoring.gain.loadError')}
    >
      {(course) => (
        <Stack gap="lg">
          <Stack gap="xs">
            <BackLink to={courseQuizzesPath(course.id)}>{t('quizAuthoring.links.backToQuizzes')}</BackLink>
            <Title order={1} lh={1.25}>
              {t('quizAuthoring.gain.title')}
            </Title>
            <Text c="dimmed">
              {course.title} · {t('quizAuthoring.gain.intro')}
            </Text>
          </Stack>
          <LearningGain courseId={course.id} />
        </Stack>
      )}
    </CourseFrame>
  );
}

function LearningGain({ courseId }: { courseId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { data, error, refetch } = useQuery(LearningGainDocument, { variables: { courseId }, fetchPolicy: 'cache-and-network' });
  const report = data?.learningGain;
  if (!report) {
    if (error) return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('quizAuthoring.gain.loadError')} />;
    return <Skeleton height={240} radius="md" aria-busy="true" />;
  }
  const rows = gainChartRows(report, language);
  return (
    <Stack gap="lg">
      <Text size="sm">
        {t('quizAuthoring.gain.preTest', { title: report.preTestTitle ?? t('quizAuthoring.gain.notSet') })} ·{' '}
        {t('quizAuthoring.gain.postTest', { title: report.postTestTitle ?? t('quizAuthoring.gain.notSet') })}
      </Text>
      {(!report.preTestLessonId || !report.postTestLessonId) && (
        <Text size="sm" c="dimmed" role="note">
          {t('quizAuthoring.gain.noTests')}
        </Text>
      )}
      <GainSummaryTiles summary={report.course} language={language} />

      <section aria-labelledby="gain-chart-heading">
        <Title order={2} size="h4" id="gain-chart-heading" mb="sm">
          {t('quizAuthoring.gain.chartTitle')}
        </Title>
        <div data-testid="gain-chart">
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('quizAuthoring.gain.chartEmpty')}
            </Text>
          ) : (
            <Suspense fallback={<Skeleton height={260} radius="md" aria-label={t('quizAuthoring.gain.chartLoading')} />}>
              <GainChart rows={rows} />
            </Suspense>
          )}
        </div>
        <ClassTable report={report} language={language} />
      </section>

      <LearnersSection courseId={courseId} report={report} language={language} />
    </Stack>
  );
}

function GainSummaryTiles({ summary, language }: { summary: GainSummaryFieldsFragment; language: SupportedLanguage }) {
  const { t } = useTranslation();
  const percent = (value: number | null) => (value === null ? '–' : `${formatPercentNumber(value, language)}%`);
  const tiles: Array<[string, string]> = [
    [t('quizAuthoring.gain.averagePre'), percent(summary.averagePre)],
    [t('quizAuthoring.gain.averagePost'), percent(summary.averagePost)],
    [t('quizAuthoring.gain.averageGain'), summary.averageGain === null ? '–' : t('quizAuthoring.gain.gainUnit', { value: formatGain(summary.averageGain, language) })],
    [t('quizAuthoring.gain.normalizedGain'), formatPercentNumber(summary.averageNormalizedGain, language, 2)],
    [t('quizAuthoring.gain.learnersBoth'), String(summary.learners)],
  ];
  return (
    <Stack gap="xs" data-testid="gain-summary">
      <FigureTiles tiles={tiles} cols={{ base: 2, sm: 3, md: 5 }} />
      <Text size="sm" c="dimmed">
        {t('quizAuthoring.gain.taken', { pre: summary.preTaken, post: summary.postTaken })}
      </Text>
    </Stack>
  );
}

/** The chart's numbers as a table (also what a screen reader reads). */
function ClassTable({ report, language }: { report: Report; language: SupportedLanguage }) {
  const { t } = useTranslation();
  if (report.classes.length === 0) return null;
  const percent = (value: number | null) => (value === null ? '–' : `${formatPercentNumber(value, language)}%`);
  return (
    <Table.ScrollContainer minWidth={560} mt="md">
      <Table striped>
        <VisuallyHidden component="caption">{t('quizAuthoring.gain.classes')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('quizAuthoring.gain.class')}</Table.Th>
            <Table.Th>{t('quizAuthoring.gain.pre')}</Table.Th>
            <Table.Th>{t('quizAuthoring.gain.post')}</Table.Th>
            <Table.Th>{t('quizAuthoring.gain.gain')}</Table.Th>
            <Table.Th>{t('quizAuthoring.gain.normalizedGain')}</Table.Th>
            <Table.Th>{t('quizAuthoring.gain.learnersBoth')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.classes.map((entry) => (
            <Table.Tr key={entry.assignmentId ?? SELF_ENROLLED}>
              <Table.Td>{language === 'id' ? entry.label : entry.labelEn}</Table.Td>
              <Table.Td>{percent(entry.summary.averagePre)}</Table.Td>
              <Table.Td>{percent(entry.summary.averagePost)}</Table.Td>
              <Table.Td>{formatGain(entry.summary.averageGain, language)}</Table.Td>
              <Table.Td>{formatPercentNumber(entry.summary.averageNormalizedGain, language, 2)}</Table.Td>
              <Table.Td>{entry.summary.learners}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function LearnersSection({ courseId, report, language }: { courseId: string; report: Report; language: SupportedLanguage }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(ALL_CLASSES);
  const classLabel = new Map(report.classes.map((entry) => [entry.assignmentId ?? SELF_ENROLLED, language === 'id' ? entry.label : entry.labelEn]));
  // The API filters by assignment; self-enrolled learners (no assignment) show under "every class".
  const assignmentId = choice === ALL_CLASSES || choice === SELF_ENROLLED ? null : choice;
  const list = usePagedQuery(LearningGainLearnersDocument, {
    listKey: `${courseId}\n${choice}`,
    variables: { courseId, assignmentId },
    pageSize: LEARNERS_PAGE_SIZE,
    connectionOf: (data) => data.learningGainLearners,
  });
  const percent = (value: number | null) => (value === null ? '–' : `${formatPercentNumber(value, language)}%`);

  return (
    <section aria-labelledby="gain-learners-heading">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4" id="gain-learners-heading">
          {t('quizAuthoring.gain.learners')}
        </Title>
        <Select
          label={t('quizAuthoring.gain.class')}
          data={[
            { value: ALL_CLASSES, label: t('quizAuthoring.gain.allClasses') },
            ...report.classes.filter((entry) => entry.assignmentId).map((entry) => ({ value: entry.assignmentId ?? '', label: classLabel.get(entry.assignmentId ?? '') ?? '' })),
          ]}
          value={choice}
          allowDeselect={false}
          onChange={(value) => {
            setChoice(value ?? ALL_CLASSES);
          }}
          w={280}
        />
      </Group>
      {list.isLoading ? (
        <Skeleton height={160} radius="md" />
      ) : list.error ? (
        <LoadErrorAlert error={list.error} onRetry={() => void list.retry()} title={t('quizAuthoring.gain.loadError')} />
      ) : list.items.length === 0 ? (
        <Text c="dimmed">{t('quizAuthoring.gain.learnersEmpty')}</Text>
      ) : (
        <PagedTable
          list={list}
          range={t('quizAuthoring.gain.range', pageRange(list))}
          minWidth={640}
          headers={[
            t('quizAuthoring.results.learner'),
            t('quizAuthoring.results.nip'),
            t('quizAuthoring.gain.class'),
            t('quizAuthoring.gain.pre'),
            t('quizAuthoring.gain.post'),
            t('quizAuthoring.gain.gain'),
          ]}
        >
          {list.items.map((node) => (
            <Table.Tr key={node.learner.id} data-testid="gain-learner-row">
              <Table.Td>{node.learner.fullName}</Table.Td>
              <Table.Td>{node.learner.nip ?? '–'}</Table.Td>
              <Table.Td>{classLabel.get(node.assignmentId ?? SELF_ENROLLED) ?? '–'}</Table.Td>
              <Table.Td>{percent(node.pre)}</Table.Td>
              <Table.Td>{percent(node.post)}</Table.Td>
              <Table.Td>{formatGain(node.gain, language)}</Table.Td>
            </Table.Tr>
          ))}
        </PagedTable>
      )}
    </section>
  );
}
