import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface EnrolmentProgressProps {
  percent: number;
  doneRequired: number;
  totalRequired: number;
  learnerName: string;
}

/** How far a learner is: a bar and "3 dari 5 pelajaran wajib". */
export function EnrolmentProgress({ percent, doneRequired, totalRequired, learnerName }: EnrolmentProgressProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} miw={140}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {percent}%
        </Text>
        <Text size="xs" c="dimmed">
          {t('authoring.enrolments.lessonsDone', { done: doneRequired, count: totalRequired })}
        </Text>
      </Group>
      <Progress value={percent} color={percent >= 100 ? 'green.8' : 'indigo.8'} aria-label={t('authoring.enrolments.progressOf', { name: learnerName })} />
    </Stack>
  );
}
