import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExternalActivityStatus, ReviewActivityFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';
import { formatNip } from '../../lib/nip';
import { formatJp } from '../certificates/certificate-format';
import { formatDays } from '../jp-ledger/jp-format';

const STATUS_COLORS: Record<ExternalActivityStatus, string> = { PENDING: 'yellow', APPROVED: 'green', REJECTED: 'red' };

export interface ReviewActivityCardProps {
  activity: ReviewActivityFragment;
  learnerName: string;
  /** This activity's approval is on its way. */
  approving: boolean;
  /** Another review is on its way: wait for it. */
  disabled: boolean;
  onApprove: (activity: ReviewActivityFragment) => void;
  onReject: (activity: ReviewActivityFragment) => void;
}

/** One external activity: who claims it, what it was, its evidence, and (while pending) approve or reject. */
export function ReviewActivityCard({ activity, learnerName, approving, disabled, onApprove, onReject }: ReviewActivityCardProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const headingId = `jp-activity-${activity.id}`;
  const labels = { title: activity.title, name: learnerName };

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId} data-testid="jp-activity" data-activity-id={activity.id} data-status={activity.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 240px', minWidth: 0 }}>
            <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {activity.title}
            </Title>
            <Text size="sm">
              <Text span fw={600} inherit data-testid="jp-activity-learner">
                {learnerName}
              </Text>
              {activity.learnerNip && (
                <>
                  {' · '}
                  <Text span c="dimmed" inherit style={{ whiteSpace: 'nowrap' }} data-testid="jp-activity-nip">
                    {t('jpAdmin.review.nip', { nip: formatNip(activity.learnerNip) })}
                  </Text>
                </>
              )}
            </Text>
          </Stack>
          <Badge color={STATUS_COLORS[activity.status]} variant="light" data-testid="jp-activity-status">
            {t(`jpLedger.status.${activity.status}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} verticalSpacing={4}>
          <Detail label={t('jpAdmin.review.kind')}>{t(`jpLedger.kind.${activity.kind}`)}</Detail>
          <Detail label={t('jpAdmin.review.organizer')}>{activity.organizer}</Detail>
          <Detail label={t('jpAdmin.review.dates')}>{formatDays(activity.startDate, activity.endDate, language)}</Detail>
          <Detail label={t('jpAdmin.review.jp')}>
            <span data-testid="jp-activity-jp">{formatJp(activity.jp, language)}</span>
          </Detail>
          <Detail label={t('jpAdmin.review.competency')}>{t(`competencyType.${activity.competencyType}`)}</Detail>
          <Detail label={t('jpAdmin.review.evidence')}>
            <Anchor href={activity.evidence.url} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }} data-testid="jp-activity-evidence">
              {t('jpAdmin.review.evidenceLink', { fileName: activity.evidence.fileName })}
            </Anchor>
          </Detail>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('jpAdmin.review.submittedAt', { date: formatDateTime(activity.createdAt, language) })}
          {activity.reviewedAt && ` · ${t('jpAdmin.review.reviewedAt', { date: formatDateTime(activity.reviewedAt, language) })}`}
        </Text>
        {activity.reviewNote && (
          <Text size="sm" data-testid="jp-activity-note">
            <Text span fw={600} inherit>
              {t('jpAdmin.review.reviewNote')}:
            </Text>{' '}
            {activity.reviewNote}
          </Text>
        )}
        {activity.status === 'PENDING' && (
          <Group gap="sm" justify="flex-end">
            <Button
              color="red"
              variant="light"
              disabled={disabled || approving}
              onClick={() => {
                onReject(activity);
              }}
              aria-label={t('jpAdmin.review.rejectLabel', labels)}
              data-testid="jp-activity-reject"
            >
              {t('jpAdmin.review.reject')}
            </Button>
            <Button
              color="green"
              loading={approving}
              disabled={disabled}
              onClick={() => {
                onApprove(activity);
              }}
              aria-label={t('jpAdmin.review.approveLabel', labels)}
              data-testid="jp-activity-approve"
            >
              {t('jpAdmin.review.approve')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span fw={600} inherit>
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}
