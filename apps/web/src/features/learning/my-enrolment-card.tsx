import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyLearningGroup } from '../../gql/generated';
import { coursePath } from '../course/course-path';
import { EnrolmentProgressBar } from './enrolment-progress';
import { continuePath, hasNotStarted } from './enrolment-state';
import { useLearningFormat } from './use-learning-format';
import type { MyEnrolment } from './use-my-enrolments';

export interface MyEnrolmentCardProps {
  enrolment: MyEnrolment;
  group: MyLearningGroup;
}

/** One course of "Belajar saya": what matters for its group (progress, due date, request, completion). */
export function MyEnrolmentCard({ enrolment, group }: MyEnrolmentCardProps) {
  const { course } = enrolment;

  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="md"
      data-testid="my-enrolment"
      style={enrolment.overdue && group === 'ASSIGNED' ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}
    >
      <Stack gap="xs">
        <div>
          <Title order={3} size="h4" lh={1.3}>
            <Anchor component={Link} to={coursePath(course.id)} c="inherit" inherit>
              {course.title}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            {course.agency.name}
          </Text>
        </div>
        <CardDetails enrolment={enrolment} group={group} />
        <CardAction enrolment={enrolment} group={group} />
      </Stack>
    </Paper>
  );
}

function CardDetails({ enrolment, group }: MyEnrolmentCardProps) {
  const { t } = useTranslation();
  const format = useLearningFormat();

  switch (group) {
    case 'IN_PROGRESS':
      return (
        <Stack gap={6}>
          <EnrolmentProgressBar progress={enrolment.progress} size="sm" />
          {enrolment.lastActivityAt && (
            <Text size="xs" c="dimmed">
              {t('learning.home.lastActivity', { date: format.date(enrolment.lastActivityAt) })}
            </Text>
          )}
        </Stack>
      );
    case 'ASSIGNED':
      return (
        <Stack gap={6}>
          <Group gap={6}>
            {enrolment.dueAt ? (
              <Text size="sm" fw={enrolment.overdue ? 700 : 500} c={enrolment.overdue ? 'red.8' : undefined}>
                {t('learning.home.dueAt', { date: format.date(enrolment.dueAt) })}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('learning.home.noDueDate')}
              </Text>
            )}
            {enrolment.overdue && (
              <Badge color="red" variant="filled" tt="none">
                {t('learning.home.overdue')}
              </Badge>
            )}
          </Group>
          <EnrolmentProgressBar progress={enrolment.progress} size="sm" />
        </Stack>
      );
    case 'PENDING':
      return (
        <Group gap={6}>
          <Badge color="yellow" variant="light" tt="none">
            {t('learning.home.pending')}
          </Badge>
          {enrolment.requestedAt && (
            <Text size="xs" c="dimmed">
              {t('learning.home.requestedAt', { date: format.date(enrolment.requestedAt) })}
            </Text>
          )}
        </Group>
      );
    case 'COMPLETED':
      return (
        <Group gap={6}>
          <Badge color="teal" variant="light" tt="none">
            {t('learning.home.jpEarned', { jp: enrolment.course.jp })}
          </Badge>
          {enrolment.completedAt && (
            <Text size="sm" c="dimmed">
              {t('learning.home.completedAt', { date: format.date(enrolment.completedAt) })}
            </Text>
          )}
        </Group>
      );
  }
}

/** "Lanjutkan" opens the exact lesson to resume; the course title is in the accessible name. */
function CardAction({ enrolment, group }: MyEnrolmentCardProps) {
  const { t } = useTranslation();
  const { course } = enrolment;
  if (group === 'PENDING' || group === 'COMPLETED') {
    return (
      <Group>
        <Button component={Link} to={coursePath(course.id)} variant="default" size="sm">
          {t('learning.home.openCourse')}
          <VisuallyHidden>: {course.title}</VisuallyHidden>
        </Button>
      </Group>
    );
  }
  const label = hasNotStarted(enrolment) ? t('learning.home.start') : t('learning.home.continue');
  return (
    <Stack gap={6} align="flex-start">
      {enrolment.resumeLesson && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {t('learning.home.resumeAt', { title: enrolment.resumeLesson.title })}
        </Text>
      )}
      <Button component={Link} to={continuePath(course.id, enrolment)} size="sm" data-testid="continue-learning">
        {label}
        <VisuallyHidden>: {course.title}</VisuallyHidden>
      </Button>
    </Stack>
  );
}
