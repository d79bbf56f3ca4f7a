import { Alert, Button, Modal, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { CertificateClassesDocument, IssueCertificatesDocument } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';

/** On a course's learner page, for agency admins: issue the certificates of one class (assignment) at once. */
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
  const { t, i18n } = useTranslation();
  const describeError = useErrorMessage();
  const classes = useQuery(CertificateClassesDocument, { variables: { courseId } });
  const [assignmentId, setAssignmentId] = useState<string | null>(null);
  const [issue, issuing] = useMutation(IssueCertificatesDocument, { refetchQueries: ['AgencyCertificates'] });
  const options = (classes.data?.learningGain.classes ?? [])
    .filter((entry): entry is typeof entry & { assignmentId: string } => Boolean(entry.assignmentId))
    .map((entry) => ({ value: entry.assignmentId, label: i18n.resolvedLanguage === 'en' ? entry.labelEn : entry.label }));
  const result = issuing.data?.issueCertificates;

  const handleIssue = async () => {
    if (!assignmentId) return;
    await issue({ variables: { courseId, assignmentId } }).catch(() => undefined);
  };

  return (
    <Modal opened onClose={onClose} title={t('certificates.issue.title')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('certificates.issue.intro')}</Text>
        {classes.error && !classes.data ? (
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
          <Alert color="red" variant="light">
            {describeError(issuing.error)}
          </Alert>
        )}
        {result && (
          <Alert color="green" variant="light" data-testid="issue-class-result">
            {t('certificates.issue.result', { requested: result.requested, claimed: result.claimed, already: result.alreadyCertified })}
          </Alert>
        )}
        {options.length > 0 && (
          <Button onClick={() => void handleIssue()} disabled={!assignmentId} loading={issuing.loading} style={{ alignSelf: 'flex-start' }} data-testid="issue-class-submit">
            {t('certificates.issue.submit')}
          </Button>
        )}
      </Stack>
    </Modal>
  );
}
