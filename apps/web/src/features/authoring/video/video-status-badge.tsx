import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VideoStatus } from '../../../gql/generated';

const COLORS: Record<VideoStatus, string> = { UPLOADED: 'gray', PROCESSING: 'blue', READY: 'green', FAILED: 'red' };

export interface VideoStatusBadgeProps {
  status: VideoStatus;
  progressPercent: number;
}

/** Diunggah / Diproses n% / Siap / Gagal. */
export function VideoStatusBadge({ status, progressPercent }: VideoStatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`authoring.video.status.${status}`, { percent: progressPercent })}
    </Badge>
  );
}
