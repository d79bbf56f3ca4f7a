import { Anchor, Button, FileButton, Group, Input, Paper, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UploadProgress } from '../upload-progress';
import { useCourseFileUpload } from '../use-course-file-upload';
import { DocumentPreviewNote } from './document-preview-note';
import type { LessonDocumentRef } from './lesson-fields';

/** What the file picker offers; the server decides by content (PDF, Office, OpenDocument). */
const DOCUMENT_TYPES = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp';

export interface DocumentFieldProps {
  courseId: string;
  document: LessonDocumentRef | null;
  allowDownload: boolean;
  error?: string;
  disabled?: boolean;
  onDocumentChange: (document: LessonDocumentRef) => void;
  onAllowDownloadChange: (allowDownload: boolean) => void;
}

/** A document lesson's file: uploaded at once, saved on the lesson with the form. */
export function DocumentField({ courseId, document, allowDownload, error, disabled, onDocumentChange, onAllowDownloadChange }: DocumentFieldProps) {
  const { t, i18n } = useTranslation();
  const { state, upload, cancel } = useCourseFileUpload(courseId, 'document');
  const uploading = state.phase === 'uploading';

  const handlePick = async (file: File | null) => {
    if (!file) return;
    const uploaded = await upload(file);
    if (uploaded) onDocumentChange(uploaded);
  };

  return (
    <Stack gap="sm">
      <Input.Wrapper label={t('authoring.lesson.document')} description={t('authoring.lesson.documentHint')} error={error} required>
        <Stack gap="xs" mt={6}>
          {document && (
            <Paper withBorder radius="sm" p="xs">
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {document.fileName}{' '}
                  <Text span c="dimmed" inherit>
                    ({formatBytes(document.sizeBytes, i18n.resolvedLanguage)})
                  </Text>
                </Text>
                <Anchor href={document.url} target="_blank" rel="noopener" size="sm">
                  {t('authoring.lesson.openDocument')}
                </Anchor>
              </Group>
              <DocumentPreviewNote key={document.id} courseId={courseId} document={document} />
            </Paper>
          )}
          <FileButton onChange={(file) => void handlePick(file)} accept={DOCUMENT_TYPES} disabled={disabled || uploading}>
            {(props) => (
              <Button {...props} variant="light" style={{ alignSelf: 'flex-start' }} disabled={disabled || uploading}>
                {document ? t('authoring.lesson.replaceDocument') : t('authoring.lesson.chooseDocument')}
              </Button>
            )}
          </FileButton>
          <UploadProgress state={state} onCancel={cancel} />
        </Stack>
      </Input.Wrapper>
      <Switch
        label={t('authoring.lesson.allowDownload')}
        description={t('authoring.lesson.allowDownloadHint')}
        checked={allowDownload}
        disabled={disabled}
        onChange={(event) => {
          onAllowDownloadChange(event.currentTarget.checked);
        }}
      />
    </Stack>
  );
}

function formatBytes(bytes: number, language: string | undefined): string {
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const format = (value: number, unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  return bytes < 1024 * 1024 ? format(Math.max(1, Math.round(bytes / 1024)), 'kilobyte') : format(bytes / (1024 * 1024), 'megabyte');
}
