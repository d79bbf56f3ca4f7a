import { Alert, Anchor, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyExternalActivityFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatCertificateDate, formatJp } from '../certificates/certificate-format';
import { ActivityStatusBadge } from './activity-status-badge';
import { formatDays } from './jp-format';

/** One activity outside Lentera: what it was, its review, and its evidence. */
export function ExternalActivityCard({ activity }: { activity: MyExternalActivityFragment }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const label = (text: string) => (
    <Text span c="dimmed" inherit>
      {text}:
    </Text>
  );

  return (
    <Paper component="li" withBorder radius="md" p="sm" data-testid="external-activity" data-activity-id={activity.id} data-status={activity.status}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t(`jpLedger.kind.${activity.kind}`)}
          </Text>
          <ActivityStatusBadge status={activity.status} />
        </Group>
        <Title order={3} size="h5" lh={1.35} style={{ overflowWrap: 'anywhere' }}>
          {activity.title}
        </Title>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {label(t('jpLedger.activities.organizer'))} {activity.organizer}
        </Text>
        <Text size="sm">
          {label(t('jpLedger.activities.date'))} {formatDays(activity.startDate, activity.endDate, language)}
        </Text>
        <Text size="sm">
          <Text span fw={700} inherit data-testid="activity-jp">
            {t('course.jp', { jp: formatJp(activity.jp, language) })}
          </Text>{' '}
          · {t(`competencyType.${activity.competencyType}`)}
        </Text>
        {activity.status === 'REJECTED' && activity.reviewNote && (
          <Alert color="red" variant="light" p="xs" title={t('jpLedger.activities.reviewNote')} data-testid="activity-review-note">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {activity.reviewNote}
            </Text>
          </Alert>
        )}
        {activity.status === 'APPROVED' && activity.reviewNote && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="activity-review-note">
            {label(t('jpLedger.activities.reviewNote'))} {activity.reviewNote}
          </Text>
        )}
        {activity.reviewedAt && (
          <Text size="xs" c="dimmed">
            {t('jpLedger.activities.reviewedOn', { date: formatCertificateDate(activity.reviewedAt, language) })}
          </Text>
        )}
        <Anchor href={activity.evidence.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="activity-evidence">
          {t('jpLedger.activities.evidence', { fileName: activity.evidence.fileName })}
          <VisuallyHidden> {t('jpLedger.activities.newTab')}</VisuallyHidden>
        </Anchor>
      </Stack>
    </Paper>
  );
}
