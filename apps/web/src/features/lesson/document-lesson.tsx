import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LessonViewQuery } from '../../gql/generated';
import { useLearningFormat } from '../learning/use-learning-format';

type LessonDocument = NonNullable<LessonViewQuery['lesson']['document']>;

/**
 * Browsers without a built-in PDF viewer (Chrome on Android, for one) would show
 * an empty frame: they get the card with "open" and "download" instead.
 */
function browserShowsPdf(): boolean {
  return typeof navigator === 'undefined' || navigator.pdfViewerEnabled !== false;
}

/** A document lesson: the PDF in the page when the browser can show it, otherwise a card to open or download it. */
export function DocumentLesson({ document }: { document: LessonDocument | null }) {
  const { t } = useTranslation();
  if (!document) return <Text c="dimmed">{t('learning.lesson.document.cannotPreview')}</Text>;
  const inPage = document.viewableInBrowser && browserShowsPdf();

  return (
    <Stack gap="sm">
      {inPage ? (
        <iframe
          src={document.url}
          title={t('learning.lesson.document.viewerTitle', { name: document.fileName })}
          style={{ width: '100%', height: '75vh', minHeight: 360, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
        />
      ) : (
        <Text size="sm">{t('learning.lesson.document.cannotPreview')}</Text>
      )}
      <DocumentCard document={document} inPage={inPage} />
    </Stack>
  );
}

function DocumentCard({ document, inPage }: { document: LessonDocument; inPage: boolean }) {
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
          <Button
            component="a"
            href={document.url}
            target="_blank"
            rel="noopener noreferrer"
            variant={inPage ? 'default' : 'filled'}
          >
            {inPage ? t('learning.lesson.document.openInNewTab') : t('learning.lesson.document.open')}
          </Button>
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
