import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserImportStatus } from '../../gql/generated';

const STATUS_COLORS: Record<UserImportStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  COMPLETED: 'teal',
  FAILED: 'red',
};

export function ImportStatusBadge({ status }: { status: UserImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
      {t(`import.status.${status}`)}
    </Badge>
  );
}

export const isImportFinished = (status: UserImportStatus) => status === 'COMPLETED' || status === 'FAILED';
