import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentSummaryFragment } from '../../gql/generated';

export interface EnrolmentProgressBarProps {
  progress: EnrolmentSummaryFragment['progress'];
  size?: 'sm' | 'md';
}

/** "3 dari 12 pelajaran wajib selesai" and a bar (a labelled progressbar for screen readers). */
export function EnrolmentProgressBar({ progress, size = 'md' }: EnrolmentProgressBarProps) {
  const { t } = useTranslation();
  const percent = Math.min(100, Math.max(0, progress.percent));

  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size={size === 'sm' ? 'xs' : 'sm'} c="dimmed">
          {t('learning.enrolment.progress', { done: progress.doneRequired, total: progress.totalRequired })}
        </Text>
        <Text size={size === 'sm' ? 'xs' : 'sm'} fw={600} aria-hidden="true">
          {t('learning.enrolment.percent', { percent })}
        </Text>
      </Group>
      <Progress
        value={percent}
        size={size === 'sm' ? 'sm' : 'md'}
        radius="xl"
        color={percent === 100 ? 'teal.8' : 'indigo.8'}
        aria-label={t('learning.enrolment.progressLabel')}
      />
    </Stack>
  );
}
