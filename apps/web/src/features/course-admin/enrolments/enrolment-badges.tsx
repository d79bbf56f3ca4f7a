import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentSource, EnrolmentStatus } from '../../../gql/generated';

const STATUS_COLORS: Record<EnrolmentStatus, string> = {
  PENDING: 'yellow',
  ACTIVE: 'indigo',
  COMPLETED: 'green',
  LEFT: 'gray',
  REJECTED: 'red',
};

export interface EnrolmentBadgesProps {
  status: EnrolmentStatus;
  source: EnrolmentSource;
  overdue: boolean;
}

/** Status of an enrolment, whether it was assigned, and whether its due date has passed. */
export function EnrolmentBadges({ status, source, overdue }: EnrolmentBadgesProps) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge tt="none" variant="light" color={STATUS_COLORS[status]} c={`${STATUS_COLORS[status]}.9`}>
        {t(`authoring.enrolmentStatus.${status}`)}
      </Badge>
      {source === 'ASSIGNMENT' && (
        <Badge tt="none" variant="outline" color="gray.7">
          {t('authoring.enrolments.assigned')}
        </Badge>
      )}
      {overdue && (
        <Badge tt="none" variant="filled" color="red.8">
          {t('authoring.enrolments.overdue')}
        </Badge>
      )}
    </Group>
  );
}
