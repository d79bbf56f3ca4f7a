import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RestApiError } from '../../lib/api-error';
import { useErrorMessage } from '../../lib/use-error-message';
import { useAuthSession } from '../auth/auth-context';
import { withAccessToken } from '../auth/with-access-token';
import { uploadCourseFile } from './upload-course-file';
import type { UploadedCourseFile } from './upload-course-file';

export type FileUploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number | null }
  | { phase: 'failed'; message: string };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Uploads one file of a course with progress; cancellable, cancelled on unmount. */
export function useCourseFileUpload(courseId: string, kind: 'image' | 'document') {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const session = useAuthSession();
  const [state, setState] = useState<FileUploadState>({ phase: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controllerRef.current?.abort();
    },
    [],
  );

  const describe = (error: unknown): string => {
    // A proxy or the body parser may refuse a large file before the API can explain.
    if (error instanceof RestApiError && error.status === 413 && !error.details.message) {
      return t(kind === 'image' ? 'authoring.upload.imageTooLarge' : 'authoring.upload.documentTooLarge');
    }
    return describeError(error);
  };

  /** Resolves with the stored file, or null when it failed (see `state`) or was cancelled. */
  const upload = async (file: File): Promise<UploadedCourseFile | null> => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setState({ phase: 'uploading', fraction: 0 });
    try {
      const uploaded = await withAccessToken(session, (accessToken) =>
        uploadCourseFile({
          courseId,
          kind,
          file,
          accessToken,
          signal: controller.signal,
          onProgress: (fraction) => {
            setState({ phase: 'uploading', fraction });
          },
        }),
      );
      setState({ phase: 'idle' });
      return uploaded;
    } catch (error) {
      setState(isAbort(error) ? { phase: 'idle' } : { phase: 'failed', message: describe(error) });
      return null;
    } finally {
      if (controllerRef.current === controller) controllerRef.current = null;
    }
  };

  const cancel = () => {
    controllerRef.current?.abort();
  };

  return { state, upload, cancel };
}
