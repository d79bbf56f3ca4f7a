import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonKind } from '../../gql/generated';
import { PATHS } from '../../lib/paths';
import { useLearningFormat } from '../learning/use-learning-format';
import type { EndReport } from './use-lesson-progress';

export interface LessonEndPanelProps {
  kind: LessonKind;
  done: boolean;
  completedAt: string | null;
  endReport: EndReport;
  courseCompletedNow: boolean;
  course: { title: string; jp: number };
  onReportEnd: () => void;
}

/** Below the content: the lesson's state, "I have finished reading" for documents, and "course completed!". */
export function LessonEndPanel({ kind, done, completedAt, endReport, courseCompletedNow, course, onReportEnd }: LessonEndPanelProps) {
  const { t } = useTranslation();
  const format = useLearningFormat();

  return (
    <Stack gap="sm" aria-live="polite">
      {courseCompletedNow && (
        <Alert color="teal" variant="filled" title={t('learning.lesson.courseCompletedTitle')} data-testid="course-completed">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('learning.lesson.courseCompletedDescription', { title: course.title, jp: course.jp })}</Text>
            <Button component={Link} to={PATHS.learnerHome} variant="white" color="teal.9">
              {t('learning.lesson.toMyLearning')}
            </Button>
          </Stack>
        </Alert>
      )}
      {done ? (
        <Alert color="teal" variant="light" data-testid="lesson-done">
          {completedAt ? t('learning.lesson.doneAt', { date: format.date(completedAt) }) : t('learning.lesson.done')}
        </Alert>
      ) : endReport === 'saving' ? (
        <Group gap="xs">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm" c="dimmed">
            {t('learning.lesson.saving')}
          </Text>
        </Group>
      ) : endReport === 'failed' ? (
        <Alert color="red" variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('learning.lesson.saveFailed')}</Text>
            <Button size="xs" color="red" onClick={onReportEnd}>
              {t('learning.lesson.retrySave')}
            </Button>
          </Stack>
        </Alert>
      ) : kind === 'DOCUMENT' ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('learning.lesson.document.finishedHint')}
          </Text>
          <Button size="md" onClick={onReportEnd}>
            {t('learning.lesson.finishedReading')}
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}
