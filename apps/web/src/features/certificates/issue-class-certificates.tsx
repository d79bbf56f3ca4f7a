import { Alert, Button, Modal, SegmentedControl, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { CertificateClassesDocument, IssueCertificatesDocument, type CertificateClassesQuery } from '../../gql/generated';
import type { SupportedLanguage } from '../../i18n/i18n';
import { useErrorMessage } from '../../lib/use-error-message';
import { formatCertificateDate } from './certificate-format';
import { IssueLearnerPicker } from './issue-learner-picker';

type Target = 'class' | 'learners';
type CourseClass = CertificateClassesQuery['courseAssignments'][number];

/** On a course's learner page, for agency admins: issue certificates for one class (assignment) or for chosen learners. */
export function IssueClassCertificates({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)} data-testid="issue-class-certificates">
        {t('certificates.issue.open')}
      </Button>
      {opened && <IssueDialog courseId={courseId} onClose={() => setOpened(false)} />}
    </>
  );
}

function IssueDialog({ courseId, onClose }: { courseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const classLabel = useClassLabel();
  const describeError = useErrorMessage();
  const [target, setTarget] = useState<Target>('class');
  const classes = useQuery(CertificateClassesDocument, { variables: { courseId } });
  const [assignmentId, setAssignmentId] = useState<string | null>(null);
  const [userIds, setUserIds] = useState<string[]>([]);
  const [issue, issuing] = useMutation(IssueCertificatesDocument, { refetchQueries: ['AgencyCertificates'] });
  const options = (classes.data?.courseAssignments ?? []).map((entry) => ({ value: entry.id, label: classLabel(entry) }));
  const result = issuing.data?.issueCertificates;
  const ready = target === 'class' ? assignmentId !== null : userIds.length > 0;

  const handleIssue = async () => {
    if (!ready || issuing.loading) return;
    const variables = target === 'class' ? { courseId, assignmentId } : { courseId, userIds };
    await issue({ variables }).catch(() => undefined);
  };

  const chooseTarget = (value: string) => {
    setTarget(value as Target);
    issuing.reset();
  };

  return (
    <Modal opened onClose={onClose} title={t('certificates.issue.title')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('certificates.issue.intro')}</Text>
        <SegmentedControl
          value={target}
          onChange={chooseTarget}
          data={[
            { value: 'class', label: t('certificates.issue.byClass') },
            { value: 'learners', label: t('certificates.issue.byLearners') },
          ]}
          aria-label={t('certificates.issue.targetLabel')}
          data-testid="issue-target"
        />
        {target === 'learners' ? (
          <IssueLearnerPicker courseId={courseId} value={userIds} onChange={setUserIds} />
        ) : classes.error && !classes.data ? (
          <LoadErrorAlert error={classes.error} onRetry={() => void classes.refetch().catch(() => undefined)} title={t('certificates.issue.loadError')} />
        ) : classes.loading && !classes.data ? (
          <Skeleton height={60} />
        ) : options.length === 0 ? (
          <Text c="dimmed">{t('certificates.issue.noClasses')}</Text>
        ) : (
          <Select
            label={t('certificates.issue.class')}
            data={options}
            value={assignmentId}
            onChange={setAssignmentId}
            allowDeselect={false}
            data-testid="issue-class-select"
          />
        )}
        {issuing.error && (
          <Alert color="red" variant="light" data-testid="issue-class-error">
            {describeError(issuing.error)}
          </Alert>
        )}
        {result && (
          <Alert color="green" variant="light" data-testid="issue-class-result">
            {t('certificates.issue.result', { requested: result.requested, claimed: result.claimed, already: result.alreadyCertified })}
          </Alert>
        )}
        {(target === 'learners' || options.length > 0) && (
          <Button onClick={() => void handleIssue()} disabled={!ready} loading={issuing.loading} style={{ alignSelf: 'flex-start' }} data-testid="issue-class-submit">
            {target === 'learners' && userIds.length > 0 ? t('certificates.issue.submitLearners', { count: userIds.length }) : t('certificates.issue.submit')}
          </Button>
        )}
      </Stack>
    </Modal>
  );
}

/** "Unit kerja Bidang Diklat · 3 Desember 2026 · 12 peserta". */
function useClassLabel(): (entry: CourseClass) => string {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'id') as SupportedLanguage;
  return (entry) => {
    const who =
      entry.targetKind === 'WORK_UNIT' && entry.workUnit
        ? t('certificates.issue.classWorkUnit', { workUnit: entry.workUnit })
        : entry.targetKind === 'NIP_LIST'
          ? t('certificates.issue.classNipList')
          : t('certificates.issue.classPeople');
    const people = t('certificates.issue.classPeopleCount', { count: entry.enrolled + entry.alreadyEnrolled });
    return `${who} · ${formatCertificateDate(entry.createdAt, language)} · ${people}`;
  };
}
