import { Alert, Anchor, Button, Checkbox, Group, Modal, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadErrorAlert } from '../../../components/load-error-alert';
import { DecideEnrolmentDocument, EnrolmentsCourseDocument, PendingEnrolmentCountDocument } from '../../../gql/generated';
import type { EnrolmentStatus, EnrolmentsCourseQuery } from '../../../gql/generated';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useSignedInUser } from '../../auth/auth-context';
import { authoringCoursePath } from '../../authoring/authoring-paths';
import { IssueClassCertificates } from '../../certificates/issue-class-certificates';
import { administersAgency } from '../course-permissions';
import { AssignCourseForm } from './assign-course-form';
import { EnrolmentCard } from './enrolment-card';
import { useCourseEnrolments } from './use-course-enrolments';

const SEARCH_DELAY_MS = 300;
const STATUSES: readonly EnrolmentStatus[] = ['ACTIVE', 'COMPLETED', 'PENDING', 'LEFT', 'REJECTED'];

type Course = NonNullable<EnrolmentsCourseQuery['authoringCourse']>;

/** Who takes a course and how far each learner is (`/mengajar/kursus/:courseId/peserta`). */
export function CourseEnrolmentsPage() {
  const { courseId } = useParams();
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(EnrolmentsCourseDocument, courseId ? { variables: { id: courseId } } : skipToken);
  const course = data?.authoringCourse;
  useDocumentTitle(`${course ? t('authoring.enrolments.documentTitle', { title: course.title }) : t('authoring.enrolments.title')} · ${t('app.name')}`);

  if (course) return <CourseEnrolments course={course} />;
  if (loading || (!error && data === undefined)) return <Skeleton height={200} radius="md" aria-busy="true" />;
  if (error && data === undefined) {
    return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('authoring.enrolments.loadError')} />;
  }
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('authoring.editor.notFoundTitle')}</Title>
      <Text c="dimmed">{t('authoring.editor.notFoundDescription')}</Text>
    </Stack>
  );
}

function CourseEnrolments({ course }: { course: Course }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const isAdmin = administersAgency(user, course.agency.id);
  const [status, setStatus] = useState<EnrolmentStatus | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const [assigning, setAssigning] = useState(false);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={authoringCoursePath(course.id)} size="sm">
          ← {t('authoring.enrolments.backToCourse')}
        </Anchor>
        <Title order={1} lh={1.25}>
          {t('authoring.enrolments.title')}
        </Title>
        <Text c="dimmed">
          {course.title} · {t(`authoring.enrolmentPolicy.${course.enrolmentPolicy}`)}
        </Text>
      </Stack>

      {isAdmin && (
        <Group gap="sm">
          <Button
            onClick={() => {
              setAssigning(true);
            }}
          >
            {t('authoring.assign.open')}
          </Button>
          {course.status !== 'DRAFT' && <IssueClassCertificates courseId={course.id} />}
          {course.status === 'DRAFT' && (
            <Text size="sm" c="dimmed">
              {t('authoring.assign.draftHint')}
            </Text>
          )}
        </Group>
      )}
      {isAdmin && (
        <PendingRequestsNotice
          courseId={course.id}
          onShow={() => {
            setStatus('PENDING');
            setOverdueOnly(false);
          }}
        />
      )}

      <Group gap="sm" align="flex-end">
        <TextInput
          type="search"
          label={t('authoring.enrolments.search')}
          placeholder={t('authoring.enrolments.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
          }}
          style={{ flex: '1 1 240px' }}
          maw={420}
        />
        <Select
          label={t('authoring.enrolments.status')}
          data={[
            { value: 'ALL', label: t('authoring.enrolments.allStatuses') },
            ...STATUSES.map((value) => ({ value, label: t(`authoring.enrolmentStatus.${value}`) })),
          ]}
          value={status ?? 'ALL'}
          allowDeselect={false}
          onChange={(value) => {
            setStatus(!value || value === 'ALL' ? null : (value as EnrolmentStatus));
          }}
          w={240}
        />
        <Checkbox
          label={t('authoring.enrolments.overdueOnly')}
          checked={overdueOnly}
          onChange={(event) => {
            setOverdueOnly(event.currentTarget.checked);
          }}
          mb={8}
        />
      </Group>

      <EnrolmentList courseId={course.id} canDecide={isAdmin} status={status} overdueOnly={overdueOnly} search={debouncedSearch} />

      <Modal
        opened={assigning}
        onClose={() => {
          setAssigning(false);
        }}
        fullScreen={isPhone}
        size="lg"
        // Escape belongs to the pickers inside (people, date): it must not throw the form away.
        closeOnEscape={false}
        title={t('authoring.assign.title', { title: course.title })}
      >
        <AssignCourseForm courseId={course.id} agencyId={course.agency.id} />
      </Modal>
    </Stack>
  );
}

function PendingRequestsNotice({ courseId, onShow }: { courseId: string; onShow: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(PendingEnrolmentCountDocument, { variables: { courseId }, fetchPolicy: 'cache-and-network' });
  const count = data?.courseEnrolments.totalCount ?? 0;
  if (count === 0) return null;
  return (
    <Alert color="yellow" variant="light">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('authoring.enrolments.pendingCount', { count })}</Text>
        <Button size="xs" variant="default" onClick={onShow}>
          {t('authoring.enrolments.showPending')}
        </Button>
      </Group>
    </Alert>
  );
}

interface EnrolmentListProps {
  courseId: string;
  canDecide: boolean;
  status: EnrolmentStatus | null;
  overdueOnly: boolean;
  search: string;
}

function EnrolmentList({ courseId, canDecide, status, overdueOnly, search }: EnrolmentListProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const list = useCourseEnrolments(courseId, { status, overdueOnly, search });
  const [deciding, setDeciding] = useState<string | null>(null);
  const [decideEnrolment, { error: decideError }] = useMutation(DecideEnrolmentDocument, {
    refetchQueries: ['CourseEnrolments', 'PendingEnrolmentCount', 'EnrolmentsCourse'],
  });

  const handleDecide = async (enrolmentId: string, approve: boolean) => {
    setDeciding(enrolmentId);
    try {
      await decideEnrolment({ variables: { enrolmentId, approve } });
    } catch {
      // Shown through `decideError`.
    } finally {
      setDeciding(null);
    }
  };

  if (list.isLoading) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={88} radius="md" />
        <Skeleton height={88} radius="md" />
      </Stack>
    );
  }
  if (list.error) return <LoadErrorAlert error={list.error} onRetry={() => void list.retry()} title={t('authoring.enrolments.loadError')} />;
  if (list.enrolments.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {search || status || overdueOnly ? t('authoring.enrolments.noMatches') : t('authoring.enrolments.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('authoring.enrolments.range', { from: list.offset + 1, to: list.offset + list.enrolments.length, count: list.totalCount })}
      </Text>
      {decideError && (
        <Alert color="red" variant="light" role="alert">
          {describeError(decideError)}
        </Alert>
      )}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {list.enrolments.map((enrolment) => (
          <EnrolmentCard
            key={enrolment.id}
            enrolment={enrolment}
            canDecide={canDecide}
            deciding={deciding === enrolment.id}
            onDecide={(approve) => void handleDecide(enrolment.id, approve)}
          />
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
    </Stack>
  );
}
