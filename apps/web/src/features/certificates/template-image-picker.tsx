import { Alert, AspectRatio, Box, Button, Center, FileButton, Group, Image, Modal, Progress, Stack, Text } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_IMAGE_TYPES } from './template-image-requests';
import type { TemplateImageSlot } from './template-image-requests';
import { useTemplateImage } from './use-template-image';
import type { TemplateImageState } from './use-template-image';

export interface TemplateImagePickerProps {
  agencyId: string;
  slot: TemplateImageSlot;
  /** The field's visible name: "Logo", "Tanda tangan". */
  label: string;
  /** The image named inside button labels a screen reader says: "logo", "tanda tangan Dr. Siti Aminah". */
  what: string;
  hint: string;
  image: { url: string } | null;
  /** Width / height of the thumbnail box, as the image sits on the certificate. */
  ratio: number;
  /** Reads the template again after a change (the new image has a new link). */
  onChanged: () => Promise<unknown>;
}

/**
 * One image of the template: a thumbnail, upload or replace (stored at once, with progress), and
 * remove after a confirmation. One request at a time; the reason a change failed stays shown.
 */
export function TemplateImagePicker({ agencyId, slot, label, what, hint, image, ratio, onChanged }: TemplateImagePickerProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const resetRef = useRef<() => void>(null);
  const [confirming, setConfirming] = useState(false);
  const { state, upload, remove, cancel } = useTemplateImage(agencyId, slot, onChanged);
  const busy = state.phase === 'uploading' || state.phase === 'removing' || state.phase === 'refreshing';

  const handlePick = async (file: File | null) => {
    if (!file) return;
    await upload(file);
    // The same file may be picked again (after fixing it, or to retry).
    resetRef.current?.();
  };

  const handleRemove = async () => {
    await remove();
    setConfirming(false);
  };

  return (
    <Stack gap={6} role="group" aria-labelledby={labelId} data-testid={`template-image-${slot}`}>
      <Text fw={500} size="sm" id={labelId}>
        {label}
      </Text>
      <Group align="flex-start" gap="sm">
        <Box w={ratio >= 1 ? 128 : 88}>
          <AspectRatio ratio={ratio}>
            {image ? (
              <Image src={image.url} alt={t('certificates.template.images.thumbnailAlt', { what })} fit="contain" bg="gray.0" radius="sm" data-testid="template-image-thumbnail" />
            ) : (
              <Center bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
                <Text size="xs" c="dimmed">
                  {t('certificates.template.images.none')}
                </Text>
              </Center>
            )}
          </AspectRatio>
        </Box>
        <Stack gap={6} style={{ flex: '1 1 160px', minWidth: 0 }}>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
          <Group gap="xs">
            <FileButton resetRef={resetRef} onChange={(file) => void handlePick(file)} accept={TEMPLATE_IMAGE_TYPES} disabled={busy}>
              {(props) => (
                <Button
                  {...props}
                  size="compact-sm"
                  variant="light"
                  disabled={busy}
                  aria-label={t(image ? 'certificates.template.images.replaceLabel' : 'certificates.template.images.uploadLabel', { what })}
                  data-testid="template-image-upload"
                >
                  {image ? t('certificates.template.images.replace') : t('certificates.template.images.upload')}
                </Button>
              )}
            </FileButton>
            {image && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                disabled={busy}
                onClick={() => setConfirming(true)}
                aria-label={t('certificates.template.images.removeLabel', { what })}
                data-testid="template-image-remove"
              >
                {t('certificates.template.images.remove')}
              </Button>
            )}
          </Group>
          <ImageProgress state={state} onCancel={cancel} />
        </Stack>
      </Group>
      <Modal opened={confirming} onClose={() => !busy && setConfirming(false)} title={t('certificates.template.images.removeTitle', { what })} centered>
        <Stack gap="md">
          <Text size="sm">{t('certificates.template.images.removeBody')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={busy}>
              {t('form.cancel')}
            </Button>
            <Button color="red" loading={state.phase === 'removing'} disabled={busy && state.phase !== 'removing'} onClick={() => void handleRemove()} data-testid="template-image-remove-confirm">
              {t('certificates.template.images.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function ImageProgress({ state, onCancel }: { state: TemplateImageState; onCancel: () => void }) {
  const { t } = useTranslation();
  if (state.phase === 'failed') {
    return (
      <Alert color="red" variant="light" p="xs" title={t('certificates.template.images.failed')} role="alert" data-testid="template-image-error">
        {state.message}
      </Alert>
    );
  }
  if (state.phase === 'removing' || state.phase === 'refreshing') {
    return (
      <Text size="xs" c="dimmed" role="status">
        {t(state.phase === 'removing' ? 'certificates.template.images.removing' : 'certificates.template.images.refreshing')}
      </Text>
    );
  }
  if (state.phase !== 'uploading') return null;
  const percent = state.fraction === null ? null : Math.round(state.fraction * 100);
  return (
    <Stack gap={4}>
      <Progress value={percent ?? 100} striped={percent === null} animated={percent === null} aria-label={t('certificates.template.images.progressLabel')} />
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" role="status">
          {percent === null ? t('certificates.template.images.uploading') : t('certificates.template.images.uploadingPercent', { percent })}
        </Text>
        <Button size="compact-xs" variant="default" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
