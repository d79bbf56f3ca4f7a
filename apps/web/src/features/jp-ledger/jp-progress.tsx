import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JpLedgerSummaryFragment } from '../../gql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { formatJp } from '../certificates/certificate-format';

/**
 * A JP year at a glance: "12 dari 20 JP", the bar toward the target, what is still missing, and
 * the JP waiting for review, which the bar does not count.
 */
export function JpProgress({ summary, size = 'lg' }: { summary: JpLedgerSummaryFragment; size?: 'md' | 'lg' }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const figures = { total: formatJp(summary.totalJp, language), target: formatJp(summary.targetJp, language), percent: formatJp(summary.percent, language) };
  const reached = summary.missingJp <= 0;

  return (
    <Stack gap={6}>
      <Group justify="space-between" align="baseline" wrap="nowrap" gap="xs">
        <Text fw={700} size={size === 'lg' ? 'xl' : 'lg'} data-testid="jp-figures">
          {t('jpLedger.progress.figures', figures)}
        </Text>
        <Text fw={600} c="dimmed" aria-hidden="true">
          {t('jpLedger.progress.percent', figures)}
        </Text>
      </Group>
      <Progress.Root
        size={size}
        radius="xl"
        role="progressbar"
        aria-label={t('jpLedger.progress.aria', { ...figures, year: summary.year })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={summary.percent}
        aria-valuetext={t('jpLedger.progress.figures', figures)}
        data-testid="jp-progress"
        data-total-jp={summary.totalJp}
        data-target-jp={summary.targetJp}
      >
        <Progress.Section value={summary.percent} color={reached ? 'green' : 'blue'} withAria={false} />
      </Progress.Root>
      <Text size="sm" fw={reached ? 600 : undefined} c={reached ? 'green.9' : undefined} data-testid="jp-missing">
        {summary.targetJp <= 0
          ? t('jpLedger.progress.noTarget')
          : reached
            ? t('jpLedger.progress.reached', figures)
            : t('jpLedger.progress.missing', { jp: formatJp(summary.missingJp, language) })}
      </Text>
      {summary.pendingJp > 0 && (
        <Text size="sm" c="orange.9" data-testid="jp-pending" data-pending-jp={summary.pendingJp}>
          {t('jpLedger.progress.pending', { count: summary.pending.length, jp: formatJp(summary.pendingJp, language) })}
        </Text>
      )}
    </Stack>
  );
}
