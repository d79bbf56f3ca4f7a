import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RestApiError } from '../../lib/api-error';
import { useFileUpload } from '../../lib/use-file-upload';
import { useErrorMessage } from '../../lib/use-error-message';
import { useAuthSession } from '../auth/auth-context';
import { withAccessToken } from '../auth/with-access-token';
import { maxBytesOf, removeTemplateImage, uploadTemplateImage } from './template-image-requests';
import type { TemplateImageSlot } from './template-image-requests';

export type TemplateImageState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number | null }
  | { phase: 'removing' }
  /** The template is being read again to show the new image. */
  | { phase: 'refreshing' }
  | { phase: 'failed'; message: string };

type Outcome = { kind: 'none' } | { kind: 'tooLarge' } | { kind: 'uploadFailed' } | { kind: 'removeFailed'; error: unknown };

/**
 * Uploads (with progress, cancellable) or removes the image of one slot, one request at a time,
 * then calls `onChanged` (which reads the template again). What went wrong is kept until the next try.
 */
export function useTemplateImage(agencyId: string, slot: TemplateImageSlot, onChanged: () => Promise<unknown>) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const session = useAuthSession();
  const { state: uploadState, upload, cancel } = useFileUpload();
  const [removing, setRemoving] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const maxMegabytes = maxBytesOf(slot) / (1024 * 1024);

  const refresh = async () => {
    setRefreshing(true);
    try {
      await onChanged();
    } catch {
      // The template query shows its own error; the change itself was stored.
    } finally {
      setRefreshing(false);
    }
  };

  /** Resolves true once the image is stored and the template read again. */
  const uploadImage = async (file: File): Promise<boolean> => {
    if (file.size > maxBytesOf(slot)) {
      setOutcome({ kind: 'tooLarge' });
      return false;
    }
    setOutcome({ kind: 'uploadFailed' }); // shown only if the upload's own state says it failed
    const uploaded = await upload((request) => uploadTemplateImage({ agencyId, slot, file, ...request }));
    if (!uploaded) return false;
    setOutcome({ kind: 'none' });
    await refresh();
    return true;
  };

  const removeImage = async (): Promise<boolean> => {
    setOutcome({ kind: 'none' });
    setRemoving(true);
    try {
      await withAccessToken(session, (token) => removeTemplateImage(agencyId, slot, token));
    } catch (error) {
      setOutcome({ kind: 'removeFailed', error });
      return false;
    } finally {
      setRemoving(false);
    }
    await refresh();
    return true;
  };

  const describeUploadError = (error: unknown): string => {
    // A proxy may refuse a large body before the API can explain.
    if (error instanceof RestApiError && error.status === 413 && !error.details.message) return t('certificates.template.images.tooLarge', { megabytes: maxMegabytes });
    return describeError(error);
  };

  const shownState = (): TemplateImageState => {
    if (uploadState.phase === 'uploading') return uploadState;
    if (removing) return { phase: 'removing' };
    if (refreshing) return { phase: 'refreshing' };
    switch (outcome.kind) {
      case 'tooLarge':
        return { phase: 'failed', message: t('certificates.template.images.tooLarge', { megabytes: maxMegabytes }) };
      case 'removeFailed':
        return { phase: 'failed', message: describeError(outcome.error) };
      case 'uploadFailed':
        return uploadState.phase === 'failed' ? { phase: 'failed', message: describeUploadError(uploadState.error) } : { phase: 'idle' };
      case 'none':
        return { phase: 'idle' };
    }
  };

  return { state: shownState(), upload: uploadImage, remove: removeImage, cancel };
}
