import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePendingCount } from './use-pending-count';

/** "3 menunggu tinjauan" for the dashboard's review card; nothing when none wait (or the count is unknown). */
export function JpPendingSummary({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const pending = usePendingCount(agencyId);
  if (!pending) return null;
  return (
    <Badge color="yellow" variant="light" mt="sm" data-testid="jp-pending-summary">
      {t('jpAdmin.home.pending', { count: pending })}
    </Badge>
  );
}
