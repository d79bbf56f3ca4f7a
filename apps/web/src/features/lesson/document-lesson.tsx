import { Alert, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LessonViewQuery } from '../../gql/generated';
import { useLearningFormat } from '../learning/use-learning-format';
import { useDocumentPreviewRefresh } from './use-document-preview-refresh';

type LessonDocument = NonNullable<LessonViewQuery['lesson']['document']>;

/**
 * Browsers without a built-in PDF viewer (Chrome on Android, for one) would show
 * an empty frame: they get the card with "open" and "download" instead.
 */
function browserShowsPdf(): boolean {
  return typeof navigator === 'undefined' || navigator.pdfViewerEnabled !== false;
}

/**
 * What the browser can show: the file itself (a PDF), or the PDF the server made of an
 * office document once it is ready; null while there is none.
 */
function viewerUrlOf(document: LessonDocument): string | null {
  if (document.viewableInBrowser) return document.url;
  return document.previewStatus === 'READY' ? document.previewUrl : null;
}

/**
 * A document lesson: the PDF (or an office document's PDF preview) in the page when the
 * browser can show it, otherwise a card to open or download it.
 */
export function DocumentLesson({ document }: { document: LessonDocument | null }) {
  const { t } = useTranslation();
  const pending = document?.previewStatus === 'PENDING';
  const preview = useDocumentPreviewRefresh(pending);
  if (!document) return <Text c="dimmed">{t('learning.lesson.document.cannotPreview')}</Text>;
  const viewerUrl = viewerUrlOf(document);
  const inPage = viewerUrl !== null && browserShowsPdf();

  return (
    <Stack gap="sm">
      {inPage ? (
        <iframe
          src={viewerUrl}
          title={t('learning.lesson.document.viewerTitle', { name: document.fileName })}
          style={{ width: '100%', height: '75vh', minHeight: 360, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
        />
      ) : pending ? (
        <PreviewPending gaveUp={preview.gaveUp} refreshing={preview.refreshing} onRefresh={() => void preview.refresh()} />
      ) : document.previewStatus === 'FAILED' ? (
        <Alert color="yellow" variant="light" title={t('learning.lesson.document.previewFailedTitle')}>
          <Text size="sm">{t(document.downloadUrl ? 'learning.lesson.document.previewFailed' : 'learning.lesson.document.previewFailedNoDownload')}</Text>
        </Alert>
      ) : (
        <Text size="sm">{t('learning.lesson.document.cannotPreview')}</Text>
      )}
      <DocumentCard document={document} viewerUrl={viewerUrl} inPage={inPage} />
    </Stack>
  );
}

interface PreviewPendingProps {
  gaveUp: boolean;
  refreshing: boolean;
  onRefresh: () => void;
}

/** The worker is making the PDF: the page asks again by itself for a few minutes, and on request. */
function PreviewPending({ gaveUp, refreshing, onRefresh }: PreviewPendingProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" role="status">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {!gaveUp && <Loader size="sm" mt={2} />}
        <Stack gap="xs">
          <Text fw={600}>{t('learning.lesson.document.previewPending')}</Text>
          <Text size="sm" c="dimmed">
            {t(gaveUp ? 'learning.lesson.document.previewStillPending' : 'learning.lesson.document.previewPendingHint')}
          </Text>
          <Button variant="default" size="xs" onClick={onRefresh} loading={refreshing} style={{ alignSelf: 'flex-start' }}>
            {t('learning.lesson.document.previewRefresh')}
          </Button>
        </Stack>
      </Group>
    </Paper>
  );
}

interface DocumentCardProps {
  document: LessonDocument;
  /** The PDF to open in a new tab (the file, or its preview); null when there is none yet. */
  viewerUrl: string | null;
  inPage: boolean;
}

function DocumentCard({ document, viewerUrl, inPage }: DocumentCardProps) {
  const { t } = useTranslation();
  const format = useLearningFormat();

  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="xs">
        <div>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {document.fileName}
          </Text>
          <Text size="xs" c="dimmed">
            {format.fileSize(document.sizeBytes)}
          </Text>
        </div>
        <Group gap="sm">
          {/* An office file "opened" in a browser is only downloaded: it opens through its PDF, or not at all. */}
          {viewerUrl && (
            <Button component="a" href={viewerUrl} target="_blank" rel="noopener noreferrer" variant={inPage ? 'default' : 'filled'}>
              {inPage ? t('learning.lesson.document.openInNewTab') : t('learning.lesson.document.open')}
            </Button>
          )}
          {document.downloadUrl && (
            <Button component="a" href={document.downloadUrl} download={document.fileName} variant="default">
              {t('learning.lesson.document.download')}
            </Button>
          )}
        </Group>
        {!document.downloadUrl && (
          <Text size="xs" c="dimmed">
            {t('learning.lesson.document.downloadNotAllowed')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
