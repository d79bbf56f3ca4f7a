import { useTranslation } from 'react-i18next';
import { RestApiError } from '../../lib/api-error';
import { useFileUpload } from '../../lib/use-file-upload';
import { useErrorMessage } from '../../lib/use-error-message';
import { uploadCourseFile } from './upload-course-file';
import type { UploadedCourseFile } from './upload-course-file';

export type FileUploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number | null }
  | { phase: 'failed'; message: string };

/** Uploads one file of a course with progress; cancellable, cancelled on unmount. */
export function useCourseFileUpload(courseId: string, kind: 'image' | 'document') {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const { state, upload, cancel } = useFileUpload();

  const describe = (error: unknown): string => {
    // A proxy or the body parser may refuse a large file before the API can explain.
    if (error instanceof RestApiError && error.status === 413 && !error.details.message) {
      return t(kind === 'image' ? 'authoring.upload.imageTooLarge' : 'authoring.upload.documentTooLarge');
    }
    return describeError(error);
  };

  /** Resolves with the stored file, or null when it failed (see `state`) or was cancelled. */
  const uploadFile = (file: File): Promise<UploadedCourseFile | null> =>
    upload((request) => uploadCourseFile({ courseId, kind, file, ...request }));

  const shown: FileUploadState = state.phase === 'failed' ? { phase: 'failed', message: describe(state.error) } : state;
  return { state: shown, upload: uploadFile, cancel };
}
