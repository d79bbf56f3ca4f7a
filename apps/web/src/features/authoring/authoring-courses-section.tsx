import { Anchor, Button, Group, Modal, Paper, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CourseBadges } from '../../components/course-badges';
import { LoadErrorAlert } from '../../components/load-error-alert';
import type { AuthoringCourseRowFragment, CourseStatus } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';
import { questionBankPath } from '../quiz-bank/quiz-bank-path';
import { courseQuizzesPath } from '../quiz-results/quiz-results-paths';
import { authoringCoursePath } from './authoring-paths';
import { CourseStatusBadges } from './course-status-badges';
import { CreateCourseForm } from './create-course-form';
import { useAuthoringCourses } from './use-authoring-courses';

type StatusFilter = CourseStatus | 'ALL';
const STATUS_FILTERS: readonly StatusFilter[] = ['ALL', 'DRAFT', 'PUBLISHED', 'ARCHIVED'];

export interface AuthoringCoursesSectionProps {
  agencyId: string;
}

/** An agency's courses for its authors: filter by status, open one, or start a new one. */
export function AuthoringCoursesSection({ agencyId }: AuthoringCoursesSectionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const [filter, setFilter] = useState<StatusFilter>('ALL');
  const [creating, setCreating] = useState(false);
  const list = useAuthoringCourses(agencyId, filter === 'ALL' ? null : filter);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <SegmentedControl
          aria-label={t('authoring.list.statusFilter')}
          data={STATUS_FILTERS.map((value) => ({
            value,
            label: value === 'ALL' ? t('authoring.list.all') : t(`authoring.status.${value}`),
          }))}
          value={filter}
          onChange={(value) => {
            setFilter(value as StatusFilter);
          }}
        />
        <Button
          onClick={() => {
            setCreating(true);
          }}
        >
          {t('authoring.list.create')}
        </Button>
      </Group>

      {list.isLoading ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={96} radius="md" />
          <Skeleton height={96} radius="md" />
        </Stack>
      ) : list.error ? (
        <LoadErrorAlert error={list.error} onRetry={() => void list.retry()} title={t('authoring.list.loadError')} />
      ) : list.courses.length === 0 ? (
        <Text c="dimmed" py="md">
          {filter === 'ALL' ? t('authoring.list.empty') : t('authoring.list.emptyFiltered')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('authoring.list.range', {
              from: list.offset + 1,
              to: list.offset + list.courses.length,
              count: list.totalCount,
            })}
          </Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.courses.map((course) => (
              <CourseRow key={course.id} course={course} />
            ))}
          </Stack>
          {(list.hasPrevious || list.hasNext) && (
            <Group justify="space-between">
              <Button variant="default" disabled={!list.hasPrevious || list.isRefreshing} onClick={list.goPrevious}>
                {t('authoring.list.previous')}
              </Button>
              <Button variant="default" disabled={!list.hasNext || list.isRefreshing} onClick={list.goNext}>
                {t('authoring.list.next')}
              </Button>
            </Group>
          )}
        </>
      )}

      <Modal
        opened={creating}
        onClose={() => {
          setCreating(false);
        }}
        fullScreen={isPhone}
        size="lg"
        title={t('authoring.create.title')}
      >
        <CreateCourseForm
          agencyId={agencyId}
          onCreated={(courseId) => {
            void navigate(authoringCoursePath(courseId));
          }}
        />
      </Modal>
    </Stack>
  );
}

function CourseRow({ course }: { course: AuthoringCourseRowFragment }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <Paper component="li" withBorder radius="md" p="md" data-testid="authoring-course-row">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" lh={1.3} style={{ flex: '1 1 240px', minWidth: 0 }}>
            <Anchor component={Link} to={authoringCoursePath(course.id)} c="inherit" inherit>
              {course.title}
            </Anchor>
          </Title>
          <CourseStatusBadges status={course.status} hasUnpublishedChanges={course.hasUnpublishedChanges} />
        </Group>
        {course.summary && (
          <Text size="sm" lineClamp={2}>
            {course.summary}
          </Text>
        )}
        <Group gap="md" justify="space-between">
          <CourseBadges competencyType={course.competencyType} level={course.level} jp={course.jp} size="sm" />
          <Text size="xs" c="dimmed">
            {t('authoring.list.enrolled', { count: course.enrolledCount })} ·{' '}
            {t('authoring.list.updated', { date: formatDateTime(course.updatedAt, language) })}
          </Text>
        </Group>
        <Group gap="md">
          <Anchor component={Link} to={questionBankPath(course.id)} size="sm">
            {t('quizAuthoring.links.bank')}
          </Anchor>
          <Anchor component={Link} to={courseQuizzesPath(course.id)} size="sm">
            {t('quizAuthoring.links.quizzes')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
