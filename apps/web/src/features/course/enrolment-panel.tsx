import { Alert, Badge, Button, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { CourseOutlineQuery, EnrolmentSummaryFragment } from '../../gql/generated';
import { signInPath } from '../../lib/paths';
import { useErrorMessage } from '../../lib/use-error-message';
import { useAuthState } from '../auth/auth-context';
import { EnrolmentProgressBar } from '../learning/enrolment-progress';
import { canOpenLessons, continuePath, hasNotStarted } from '../learning/enrolment-state';
import { useLearningFormat } from '../learning/use-learning-format';
import { LeaveCourseModal } from './leave-course-modal';
import { useEnrolmentActions } from './use-enrolment-actions';

type PanelCourse = NonNullable<CourseOutlineQuery['course']>;

export interface EnrolmentPanelProps {
  course: PanelCourse;
}

/**
 * What the visitor can do with the course: join it (by its enrolment policy),
 * wait for approval, or, once enrolled, see their progress and continue.
 */
export function EnrolmentPanel({ course }: EnrolmentPanelProps) {
  const auth = useAuthState();
  const enrolment = course.myEnrolment;

  return (
    <Paper withBorder radius="md" p="md" data-testid="enrolment-panel">
      <Stack gap="sm">
        {course.status === 'ARCHIVED' && <ArchivedNotice enrolled={canOpenLessons(enrolment)} />}
        {auth.status === 'loading' ? (
          <Skeleton height={42} radius="md" />
        ) : enrolment && canOpenLessons(enrolment) ? (
          <EnrolledActions course={course} enrolment={enrolment} />
        ) : enrolment?.status === 'PENDING' ? (
          <PendingNotice enrolment={enrolment} />
        ) : course.status === 'ARCHIVED' ? null : (
          <JoinActions course={course} enrolment={enrolment} signedIn={auth.status === 'signedIn'} />
        )}
      </Stack>
    </Paper>
  );
}

function ArchivedNotice({ enrolled }: { enrolled: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('learning.course.archivedTitle')}>
      {enrolled ? t('learning.course.archivedEnrolled') : t('learning.course.archivedDescription')}
    </Alert>
  );
}

function PendingNotice({ enrolment }: { enrolment: EnrolmentSummaryFragment }) {
  const { t } = useTranslation();
  const format = useLearningFormat();
  return (
    <Alert color="yellow" variant="light" title={t('learning.enrolment.pendingTitle')} role="status">
      {enrolment.requestedAt
        ? t('learning.enrolment.pendingDescription', { date: format.date(enrolment.requestedAt) })
        : t('learning.enrolment.pendingDescriptionNoDate')}
    </Alert>
  );
}

interface JoinActionsProps {
  course: PanelCourse;
  enrolment: EnrolmentSummaryFragment | null;
  signedIn: boolean;
}

/** Not (or no longer) enrolled: the button the course's policy allows, or why there is none. */
function JoinActions({ course, enrolment, signedIn }: JoinActionsProps) {
  const { t } = useTranslation();
  const format = useLearningFormat();
  const describeError = useErrorMessage();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { enrol, enrolling, enrolError } = useEnrolmentActions(course.id);

  if (course.enrolmentPolicy === 'ASSIGNED') {
    return (
      <Alert color="indigo" variant="light" title={t('learning.enrolment.assignedTitle')}>
        {t('learning.enrolment.assignedDescription')}
      </Alert>
    );
  }

  const again = enrolment?.status === 'LEFT' || enrolment?.status === 'REJECTED';
  const label =
    course.enrolmentPolicy === 'OPEN'
      ? t(again ? 'learning.enrolment.enrolAgain' : 'learning.enrolment.enrol')
      : t(again ? 'learning.enrolment.requestAgain' : 'learning.enrolment.requestJoin');

  const handleJoin = async () => {
    if (!signedIn) {
      // Back to this page after signing in (RequireSession does the same for private pages).
      void navigate(signInPath(pathname));
      return;
    }
    await enrol();
  };

  return (
    <Stack gap="sm">
      {enrolment?.status === 'LEFT' && (
        <Text size="sm" c="dimmed">
          {enrolment.leftAt
            ? t('learning.enrolment.leftDescription', { date: format.date(enrolment.leftAt) })
            : t('learning.enrolment.leftDescriptionNoDate')}
        </Text>
      )}
      {enrolment?.status === 'REJECTED' && (
        <Text size="sm" c="dimmed">
          {t('learning.enrolment.rejectedDescription')}
        </Text>
      )}
      {course.enrolmentPolicy === 'APPROVAL' && (
        <Text size="sm" c="dimmed">
          {t('learning.enrolment.approvalHint')}
        </Text>
      )}
      {enrolError && (
        <Alert color="red" variant="light">
          {describeError(enrolError)}
        </Alert>
      )}
      <Button size="md" fullWidth loading={enrolling} onClick={() => void handleJoin()}>
        {label}
      </Button>
      {!signedIn && (
        <Text size="xs" c="dimmed">
          {t('learning.enrolment.signInHint')}
        </Text>
      )}
    </Stack>
  );
}

interface EnrolledActionsProps {
  course: PanelCourse;
  enrolment: EnrolmentSummaryFragment;
}

/** Enrolled: progress, "continue", the due date of an assignment, and leaving a self-enrolled course. */
function EnrolledActions({ course, enrolment }: EnrolledActionsProps) {
  const { t } = useTranslation();
  const format = useLearningFormat();
  const [leaveOpened, leaveModal] = useDisclosure(false);
  const { leave, leaving, leaveError, resetLeaveError } = useEnrolmentActions(course.id);
  const completed = enrolment.status === 'COMPLETED';
  const continueLabel = completed
    ? t('learning.enrolment.reviewAgain')
    : hasNotStarted(enrolment)
      ? t('learning.enrolment.start')
      : t('learning.enrolment.continue');

  const handleOpenLeave = () => {
    resetLeaveError();
    leaveModal.open();
  };

  const handleLeave = async () => {
    if (await leave()) leaveModal.close();
  };

  return (
    <Stack gap="sm">
      {completed && enrolment.completedAt ? (
        <Alert color="teal" variant="light" title={t('learning.enrolment.completedTitle')}>
          {t('learning.enrolment.completedOn', { date: format.date(enrolment.completedAt), jp: course.jp })}
        </Alert>
      ) : (
        <EnrolmentProgressBar progress={enrolment.progress} />
      )}
      {enrolment.source === 'ASSIGNMENT' && (
        <Stack gap={4} align="flex-start">
          <Badge variant="light" color="indigo" tt="none">
            {t('learning.enrolment.assignedBadge')}
          </Badge>
          {enrolment.dueAt && !completed && (
            <Text size="sm" c={enrolment.overdue ? 'red.8' : undefined} fw={enrolment.overdue ? 600 : undefined}>
              {t('learning.enrolment.dueAt', { date: format.date(enrolment.dueAt) })}
              {enrolment.overdue && ` · ${t('learning.enrolment.overdue')}`}
            </Text>
          )}
        </Stack>
      )}
      <Button component={Link} to={continuePath(course.id, enrolment)} size="md" fullWidth>
        {continueLabel}
      </Button>
      {enrolment.source === 'SELF' && !completed && (
        <>
          <Button variant="subtle" color="red" size="sm" onClick={handleOpenLeave}>
            {t('learning.enrolment.leave')}
          </Button>
          <LeaveCourseModal
            opened={leaveOpened}
            leaving={leaving}
            error={leaveError}
            onConfirm={() => void handleLeave()}
            onClose={leaveModal.close}
          />
        </>
      )}
    </Stack>
  );
}
