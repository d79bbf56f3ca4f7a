import { Alert, Anchor, Button, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadErrorAlert } from '../../components/load-error-alert';
import type { ReviewActivityFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { errorCode } from '../../lib/api-error';
import { PATHS } from '../../lib/paths';
import { useErrorMessage } from '../../lib/use-error-message';
import { AgencyPicker } from '../admin/agency-picker';
import { formatJp } from '../certificates/certificate-format';
import { useAdminAgencies } from '../admin/use-admin-agencies';
import { withAgency } from './jp-admin-paths';
import { RejectActivityDialog } from './reject-activity-dialog';
import { ReviewActivityCard } from './review-activity-card';
import { useReviewActivity } from './use-review-activity';
import { useReviewQueue } from './use-review-queue';
import { STATUS_FILTERS, useStatusFilter } from './use-status-filter';
import type { StatusFilter } from './use-status-filter';

/** The agency's external activities for its admins to review (`/admin/jp/tinjauan`). */
export function JpReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('jpAdmin.review.documentTitle')} · ${t('app.name')}`);
  const admin = useAdminAgencies();

  return (
    <Stack gap="lg">
      <div>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={1}>{t('jpAdmin.review.title')}</Title>
          {admin.selected && (
            <Anchor component={Link} to={withAgency(PATHS.adminJpReport, admin.selected.id)} data-testid="jp-report-link">
              {t('jpAdmin.review.reportLink')}
            </Anchor>
          )}
        </Group>
        <Text c="dimmed" mt={4}>
          {t('jpAdmin.review.intro')}
        </Text>
      </div>
      <AgencyPicker admin={admin} emptyMessage={t('jpAdmin.report.noPermission')} />
      {admin.selected && <ReviewQueue key={admin.selected.id} agencyId={admin.selected.id} />}
    </Stack>
  );
}

interface Notice {
  color: 'green' | 'red';
  text: string;
}

function ReviewQueue({ agencyId }: { agencyId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const describeError = useErrorMessage();
  const { filter, status, setFilter } = useStatusFilter();
  const queue = useReviewQueue(agencyId, status);
  const { approve, loading: approving } = useReviewActivity();
  const [approvingId, setApprovingId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<ReviewActivityFragment | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const nameOf = (activity: ReviewActivityFragment) => activity.learnerName ?? t('jpAdmin.review.unknownLearner');

  /** Someone else reviewed it meanwhile (or it is gone): say so, and show the queue as it is now. */
  const handleFailure = (activity: ReviewActivityFragment, error: unknown) => {
    setNotice({ color: 'red', text: t('jpAdmin.review.failed', { title: activity.title, message: describeError(error) }) });
    const code = errorCode(error);
    if (code === 'CONFLICT' || code === 'NOT_FOUND') void queue.reload();
  };

  const handleApprove = async (activity: ReviewActivityFragment) => {
    if (approving) return;
    setNotice(null);
    setApprovingId(activity.id);
    try {
      await approve(activity.id);
      setNotice({ color: 'green', text: t('jpAdmin.review.approved', { title: activity.title, name: nameOf(activity), jp: formatJp(activity.jp, language) }) });
    } catch (error) {
      handleFailure(activity, error);
    } finally {
      setApprovingId(null);
    }
  };

  return (
    <Stack gap="md">
      <Select
        label={t('jpAdmin.review.status')}
        data={STATUS_FILTERS.map((value) => ({ value, label: value === 'ALL' ? t('jpAdmin.review.allStatuses') : t(`jpLedger.status.${value}`) }))}
        value={filter}
        allowDeselect={false}
        onChange={(value) => {
          if (value) setFilter(value as StatusFilter);
          setNotice(null);
        }}
        maw={260}
        data-testid="jp-status-filter"
      />
      {notice && (
        <Alert color={notice.color} variant="light" role={notice.color === 'red' ? 'alert' : 'status'} withCloseButton onClose={() => setNotice(null)} data-testid="jp-review-notice">
          {notice.text}
        </Alert>
      )}
      {queue.error ? (
        <LoadErrorAlert error={queue.error} onRetry={() => void queue.reload()} title={t('jpAdmin.review.loadError')} />
      ) : queue.isLoading ? (
        <Skeleton height={220} radius="md" aria-busy="true" />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" role="status" data-testid="jp-review-count">
            {queue.activities.length === 0 && !queue.hasMore ? t(`jpAdmin.review.empty.${filter}`) : t('jpAdmin.review.shown', { shown: queue.activities.length, total: queue.totalCount })}
          </Text>
          {queue.activities.map((activity) => (
            <ReviewActivityCard
              key={activity.id}
              activity={activity}
              learnerName={nameOf(activity)}
              approving={approvingId === activity.id}
              disabled={approving}
              onApprove={(target) => void handleApprove(target)}
              onReject={(target) => {
                setNotice(null);
                setRejecting(target);
              }}
            />
          ))}
          {queue.hasMore && (
            <Group justify="center">
              <Button variant="default" loading={queue.isLoadingMore} onClick={() => void queue.loadMore()} data-testid="jp-review-more">
                {t('jpAdmin.review.loadMore')}
              </Button>
            </Group>
          )}
          {queue.loadMoreFailed && (
            <Text size="sm" c="red.8" role="alert">
              {t('jpAdmin.review.loadMoreError')}
            </Text>
          )}
        </Stack>
      )}
      {rejecting && (
        <RejectActivityDialog
          activity={rejecting}
          learnerName={nameOf(rejecting)}
          onClose={() => setRejecting(null)}
          onRejected={() => {
            setNotice({ color: 'green', text: t('jpAdmin.review.rejected', { title: rejecting.title, name: nameOf(rejecting) }) });
            setRejecting(null);
          }}
          onStale={(error) => {
            setRejecting(null);
            handleFailure(rejecting, error);
          }}
        />
      )}
    </Stack>
  );
}
