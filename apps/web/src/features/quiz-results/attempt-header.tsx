import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GradedAttemptFieldsFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format-date';
import { STATUS_COLORS } from './quiz-format';
import { ScoreCell } from './quiz-results-page';

/** Who, which quiz, when, and where the attempt stands. */
export function AttemptHeader({ attempt }: { attempt: GradedAttemptFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const summary = attempt.attempt;
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <Badge variant="light" color={STATUS_COLORS[summary.status]}>
          {t(`quizAuthoring.status.${summary.status}`)}
        </Badge>
        <ScoreCell attempt={summary} />
      </Group>
      <Text size="sm" c="dimmed">
        {[attempt.learner.nip, attempt.learner.workUnit, attempt.learner.position].filter(Boolean).join(' · ')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('quizAuthoring.attempt.startedAt', { date: formatDateTime(summary.startedAt, language) })}
        {summary.submittedAt ? ` · ${t('quizAuthoring.attempt.submittedAt', { date: formatDateTime(summary.submittedAt, language) })}` : ''}
      </Text>
      {summary.submittedAutomatically && (
        <Text size="sm" c="orange.9">
          {t('quizAuthoring.attempt.automatic')}
        </Text>
      )}
    </Stack>
  );
}
