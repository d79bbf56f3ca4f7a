import { ActionIcon, Alert, Anchor, Button, FileButton, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveVideoCaptionDocument } from '../../../gql/generated';
import type { AuthoringVideoFieldsFragment } from '../../../gql/generated';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useFileUpload } from '../../../lib/use-file-upload';
import { UploadProgress } from '../upload-progress';
import { uploadVideoCaption } from './upload-video-caption';

/** The caption languages offered; the label is free text. */
const CAPTION_LANGUAGES = ['id', 'en'] as const;
type CaptionLanguage = (typeof CAPTION_LANGUAGES)[number];

export interface VideoCaptionsProps {
  video: AuthoringVideoFieldsFragment;
  disabled?: boolean;
  /** A caption was added: the video's captions are asked for again. */
  onCaptionAdded: () => Promise<void>;
}

/** A video's WebVTT captions: the list, adding one per language, removing. */
export function VideoCaptions({ video, disabled, onCaptionAdded }: VideoCaptionsProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [language, setLanguage] = useState<CaptionLanguage>('id');
  const [label, setLabel] = useState<string>('');
  const { state, upload, cancel } = useFileUpload();
  const resetRef = useRef<() => void>(null);
  const [removeCaption, { loading: removing }] = useMutation(RemoveVideoCaptionDocument);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const uploading = state.phase === 'uploading';
  const shownLabel = label.trim() || t(`authoring.languages.${language}`);

  const handlePick = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    const added = await upload((request) => uploadVideoCaption({ videoId: video.id, language, label: shownLabel, file, ...request }));
    if (added) {
      setLabel('');
      await onCaptionAdded();
    }
  };

  const handleRemove = async (captionLanguage: string) => {
    setRemoveError(null);
    try {
      await removeCaption({ variables: { videoId: video.id, language: captionLanguage } });
    } catch (error) {
      setRemoveError(error);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('authoring.video.captions')}
      </Title>
      {video.captions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('authoring.video.noCaptions')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {video.captions.map((caption) => (
            <Paper key={caption.language} component="li" withBorder radius="sm" px="xs" py={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm">
                  {caption.label}{' '}
                  <Text span c="dimmed" inherit>
                    ({caption.language})
                  </Text>
                </Text>
                <Group gap={4} wrap="nowrap">
                  <Anchor href={caption.url} target="_blank" rel="noopener" size="sm">
                    {t('authoring.video.openCaption')}
                  </Anchor>
                  {!disabled && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      loading={removing}
                      aria-label={t('authoring.video.removeCaption', { label: caption.label })}
                      onClick={() => void handleRemove(caption.language)}
                    >
                      ×
                    </ActionIcon>
                  )}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {removeError !== null && (
        <Alert color="red" variant="light" role="alert">
          {describeError(removeError)}
        </Alert>
      )}
      {!disabled && (
        <Group gap="xs" align="flex-end">
          <Select
            label={t('authoring.video.captionLanguage')}
            data={CAPTION_LANGUAGES.map((value) => ({ value, label: t(`authoring.languages.${value}`) }))}
            value={language}
            allowDeselect={false}
            disabled={uploading}
            onChange={(value) => {
              if (value) setLanguage(value as CaptionLanguage);
            }}
            w={{ base: '100%', xs: 180 }}
          />
          <TextInput
            label={t('authoring.video.captionLabel')}
            placeholder={t(`authoring.languages.${language}`)}
            maxLength={60}
            value={label}
            disabled={uploading}
            onChange={(event) => {
              setLabel(event.currentTarget.value);
            }}
            w={{ base: '100%', xs: 200 }}
          />
          <FileButton resetRef={resetRef} onChange={(file) => void handlePick(file)} accept=".vtt,text/vtt" disabled={uploading}>
            {(props) => (
              <Button {...props} variant="light" disabled={uploading}>
                {t('authoring.video.addCaption')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {!disabled && (
        <Text size="xs" c="dimmed">
          {t('authoring.video.captionHint')}
        </Text>
      )}
      <UploadProgress
        state={state.phase === 'failed' ? { phase: 'failed', message: describeError(state.error) } : state}
        onCancel={cancel}
      />
    </Stack>
  );
}
