import { Button, Collapse, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CourseEnrolmentRowFragment } from '../../../gql/generated';
import { currentLanguage } from '../../../i18n/i18n';
import { formatNip } from '../../../lib/nip';
import { EnrolmentBadges } from './enrolment-badges';
import { formatDate, formatTimeSpent } from './enrolment-format';
import { EnrolmentProgress } from './enrolment-progress';
import { LessonProgressList } from './lesson-progress-list';

export interface EnrolmentCardProps {
  enrolment: CourseEnrolmentRowFragment;
  /** Admins decide pending requests. */
  canDecide: boolean;
  deciding: boolean;
  onDecide: (approve: boolean) => void;
}

/** One learner of a course: who, status, dates, progress; the lessons one by one on request. */
export function EnrolmentCard({ enrolment, canDecide, deciding, onDecide }: EnrolmentCardProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [expanded, { toggle }] = useDisclosure(false);
  const { learner, progress } = enrolment;
  const detailsId = `enrolment-lessons-${enrolment.id}`;

  const dates = [
    enrolment.status === 'PENDING' && enrolment.requestedAt
      ? t('authoring.enrolments.requestedAt', { date: formatDate(enrolment.requestedAt, language) })
      : null,
    enrolment.enrolledAt ? t('authoring.enrolments.enrolledAt', { date: formatDate(enrolment.enrolledAt, language) }) : null,
    enrolment.dueAt ? t('authoring.enrolments.dueAt', { date: formatDate(enrolment.dueAt, language) }) : null,
    enrolment.completedAt ? t('authoring.enrolments.completedAt', { date: formatDate(enrolment.completedAt, language) }) : null,
    enrolment.leftAt ? t('authoring.enrolments.leftAt', { date: formatDate(enrolment.leftAt, language) }) : null,
    enrolment.lastActivityAt
      ? t('authoring.enrolments.lastActivityAt', { date: formatDate(enrolment.lastActivityAt, language) })
      : null,
  ].filter(Boolean);

  return (
    <Paper component="li" withBorder radius="md" p="sm" data-testid="enrolment-row">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {learner.fullName}
            </Text>
            {learner.nip && (
              <Text size="sm" c="dimmed">
                {t('users.nipLabel', { nip: formatNip(learner.nip) })}
              </Text>
            )}
            {(learner.position || learner.workUnit) && (
              <Text size="sm" c="dimmed">
                {[learner.position, learner.workUnit].filter(Boolean).join(' · ')}
              </Text>
            )}
          </div>
          <Stack gap={4}>
            <EnrolmentBadges status={enrolment.status} source={enrolment.source} overdue={enrolment.overdue} />
            {dates.map((line) => (
              <Text key={line} size="xs" c="dimmed">
                {line}
              </Text>
            ))}
          </Stack>
          <Stack gap={4}>
            <EnrolmentProgress
              percent={progress.percent}
              doneRequired={progress.doneRequired}
              totalRequired={progress.totalRequired}
              learnerName={learner.fullName}
            />
            <Text size="xs" c="dimmed">
              {t('authoring.enrolments.timeSpent', { time: formatTimeSpent(progress.timeSpentSeconds, t) })}
            </Text>
          </Stack>
        </SimpleGrid>
        <Group gap="xs">
          <Button size="compact-sm" variant="subtle" onClick={toggle} aria-expanded={expanded} aria-controls={detailsId}>
            {expanded ? t('authoring.enrolments.hideLessons') : t('authoring.enrolments.showLessons')}
          </Button>
          {canDecide && enrolment.status === 'PENDING' && (
            <>
              <Button
                size="compact-sm"
                loading={deciding}
                aria-label={t('authoring.enrolments.approveFor', { name: learner.fullName })}
                onClick={() => {
                  onDecide(true);
                }}
              >
                {t('authoring.enrolments.approve')}
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                disabled={deciding}
                aria-label={t('authoring.enrolments.rejectFor', { name: learner.fullName })}
                onClick={() => {
                  onDecide(false);
                }}
              >
                {t('authoring.enrolments.reject')}
              </Button>
            </>
          )}
        </Group>
        <Collapse expanded={expanded} id={detailsId}>
          {expanded && <LessonProgressList entries={enrolment.lessonProgress} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}
