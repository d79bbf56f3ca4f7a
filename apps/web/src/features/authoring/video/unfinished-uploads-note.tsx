import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { formatBytes } from './video-format';
import { findUnfinishedUploads, forgetUnfinishedUpload } from './video-upload';
import type { UnfinishedUpload } from './video-upload';

export interface UnfinishedUploadsNoteProps {
  courseId: string;
}

/** Uploads this browser began for the course and did not finish: picking the same file continues one. */
export function UnfinishedUploadsNote({ courseId }: UnfinishedUploadsNoteProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [uploads, setUploads] = useState<UnfinishedUpload[]>([]);

  useEffect(() => {
    let current = true;
    findUnfinishedUploads(courseId).then(
      (found) => {
        if (current) setUploads(found);
      },
      () => {
        // Storage unavailable: nothing to offer.
      },
    );
    return () => {
      current = false;
    };
  }, [courseId]);

  if (uploads.length === 0) return null;

  const handleForget = async () => {
    await Promise.all(uploads.map((upload) => forgetUnfinishedUpload(upload.key)));
    setUploads([]);
  };

  return (
    <Alert color="blue" variant="light" title={t('authoring.video.unfinishedTitle')}>
      <List size="sm" spacing={2}>
        {uploads.map((upload) => (
          <List.Item key={upload.key} style={{ overflowWrap: 'anywhere' }}>
            {upload.fileName}
            {upload.sizeBytes !== null && (
              <Text span c="dimmed" inherit>
                {' '}
                ({formatBytes(upload.sizeBytes, language)})
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {t('authoring.video.unfinishedHint')}
      </Text>
      <Group mt="xs">
        <Button size="compact-sm" variant="subtle" onClick={() => void handleForget()}>
          {t('authoring.video.unfinishedForget')}
        </Button>
      </Group>
    </Alert>
  );
}
