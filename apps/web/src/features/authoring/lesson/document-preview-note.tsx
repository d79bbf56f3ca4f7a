import { Anchor, Group, Loader, Text } from '@mantine/core';
import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentPreviewDocument } from '../../../gql/generated';
import type { DocumentPreviewStatus } from '../../../gql/generated';
import { currentLanguage } from '../../../i18n/i18n';
import { PREVIEW_POLL_LIMIT_MS, PREVIEW_POLL_MS } from '../../lesson/use-document-preview-refresh';
import type { LessonDocumentRef } from './lesson-fields';

export interface DocumentPreviewNoteProps {
  courseId: string;
  /** As the upload or the draft gave it; followed from there while PENDING. */
  document: LessonDocumentRef;
}

/**
 * Where an office document's PDF preview stands, for its author: being made (asked again every
 * few seconds), ready (with a link to it), or failed (with the reason). Nothing for PDFs.
 */
export function DocumentPreviewNote({ courseId, document }: DocumentPreviewNoteProps) {
  const { t, i18n } = useTranslation();
  const { data, startPolling, stopPolling } = useQuery(
    DocumentPreviewDocument,
    document.previewStatus === 'PENDING' ? { variables: { courseId, assetId: document.id }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const preview = data?.authoringCourse?.asset ?? document;
  const status: DocumentPreviewStatus = preview.previewStatus;
  const pending = status === 'PENDING';

  useEffect(() => {
    if (!pending) return undefined;
    startPolling(PREVIEW_POLL_MS);
    const giveUp = setTimeout(stopPolling, PREVIEW_POLL_LIMIT_MS);
    return () => {
      clearTimeout(giveUp);
      stopPolling();
    };
  }, [pending, startPolling, stopPolling]);

  switch (status) {
    case 'NONE':
      return null;
    case 'PENDING':
      return (
        <Group gap="xs" wrap="nowrap" role="status">
          <Loader size={14} />
          <Text size="sm" c="dimmed">
            {t('authoring.lesson.previewPending')}
          </Text>
        </Group>
      );
    case 'READY':
      return (
        <Text size="sm" c="dimmed" role="status">
          {t('authoring.lesson.previewReady')}{' '}
          {preview.previewUrl && (
            <Anchor href={preview.previewUrl} target="_blank" rel="noopener" size="sm">
              {t('authoring.lesson.openPreview')}
            </Anchor>
          )}
        </Text>
      );
    case 'FAILED': {
      const reason = currentLanguage(i18n.resolvedLanguage) === 'en' ? preview.previewErrorEn : preview.previewError;
      return (
        <Text size="sm" c="red" role="status">
          {t('authoring.lesson.previewFailed')} {reason ?? ''}
        </Text>
      );
    }
  }
}
