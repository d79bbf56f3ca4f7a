import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourseStatus } from '../../gql/generated';

const STATUS_COLORS: Record<CourseStatus, string> = {
  DRAFT: 'gray',
  PUBLISHED: 'green',
  ARCHIVED: 'dark',
};

export interface CourseStatusBadgesProps {
  status: CourseStatus;
  hasUnpublishedChanges: boolean;
}

/** Draft / published / archived, and "unpublished changes" for a published course edited since. */
export function CourseStatusBadges({ status, hasUnpublishedChanges }: CourseStatusBadgesProps) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge tt="none" variant="light" color={STATUS_COLORS[status]} c={`${STATUS_COLORS[status]}.9`}>
        {t(`authoring.status.${status}`)}
      </Badge>
      {status === 'PUBLISHED' && hasUnpublishedChanges && (
        <Badge tt="none" variant="outline" color="orange.9">
          {t('authoring.status.unpublishedChanges')}
        </Badge>
      )}
    </Group>
  );
}
