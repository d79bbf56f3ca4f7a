import { Alert, Button, FileButton, Input, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoringVideoFieldsFragment } from '../../../gql/generated';
import { currentLanguage } from '../../../i18n/i18n';
import { UnfinishedUploadsNote } from './unfinished-uploads-note';
import { useAuthoringVideo } from './use-authoring-video';
import { useVideoUpload } from './use-video-upload';
import { formatBytes } from './video-format';
import { VideoStatusPanel } from './video-status-panel';
import { MAX_VIDEO_BYTES } from './video-upload';
import { VideoUploadProgress } from './video-upload-progress';

export interface VideoFieldProps {
  courseId: string;
  /** The video the lesson has (or will have once saved). */
  videoId: string | null;
  /** As the draft has it, shown until the server is asked. */
  savedVideo: AuthoringVideoFieldsFragment | null;
  error?: string;
  disabled?: boolean;
  /** An upload finished: the lesson should take this video. */
  onVideoUploaded: (videoId: string) => void;
  /** Whether an upload is under way (or paused): leaving the form would stop it. */
  onUploadingChange: (uploading: boolean) => void;
}

/** A video lesson's video: resumable upload, then where processing stands, captions and a preview. */
export function VideoField({ courseId, videoId, savedVideo, error, disabled, onVideoUploaded, onUploadingChange }: VideoFieldProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { video, missing, refetch } = useAuthoringVideo(videoId, savedVideo);
  const { state, start, pause, resume, cancel, dismiss } = useVideoUpload(courseId, onVideoUploaded);
  const resetRef = useRef<() => void>(null);
  const busy = state.phase === 'uploading' || state.phase === 'paused';

  useEffect(() => {
    onUploadingChange(busy);
    return () => {
      onUploadingChange(false);
    };
  }, [busy, onUploadingChange]);

  const handlePick = (file: File | null) => {
    resetRef.current?.();
    if (file) void start(file);
  };

  return (
    <Input.Wrapper
      label={t('authoring.video.label')}
      description={t('authoring.video.hint', { size: formatBytes(MAX_VIDEO_BYTES, language) })}
      error={error}
    >
      <Stack gap="sm" mt={6}>
        {videoId && !video && !missing && <Skeleton height={72} radius="sm" />}
        {missing && (
          <Alert color="orange" variant="light">
            {t('authoring.video.missing')}
          </Alert>
        )}
        {video && <VideoStatusPanel video={video} disabled={disabled} onCaptionAdded={refetch} />}
        {!disabled && !busy && <UnfinishedUploadsNote courseId={courseId} />}
        {!disabled && !busy && (
          <FileButton resetRef={resetRef} onChange={handlePick} accept="video/*">
            {(props) => (
              <Button {...props} variant="light" style={{ alignSelf: 'flex-start' }}>
                {videoId ? t('authoring.video.replace') : t('authoring.video.choose')}
              </Button>
            )}
          </FileButton>
        )}
        {videoId && busy && (
          <Text size="sm" c="dimmed">
            {t('authoring.video.replacing')}
          </Text>
        )}
        <VideoUploadProgress state={state} onPause={pause} onResume={resume} onCancel={() => void cancel()} onDismiss={dismiss} />
      </Stack>
    </Input.Wrapper>
  );
}
