import { uploadFile } from '../../lib/upload-file';
import type { CourseAssetKind, DocumentPreviewStatus } from '../../gql/generated';

/** What `POST /courses/:courseId/files` answers (201). */
export interface UploadedCourseFile {
  id: string;
  kind: CourseAssetKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  url: string;
  /** PENDING for office documents: the worker is making the PDF learners read. */
  previewStatus: DocumentPreviewStatus;
}

export interface UploadCourseFileOptions {
  courseId: string;
  kind: 'image' | 'document';
  file: File;
  accessToken: string | null;
  /** 0..1, or null when the browser cannot tell. */
  onProgress: (fraction: number | null) => void;
  signal: AbortSignal;
}

/**
 * `POST /courses/:courseId/files?kind=image|document` with the raw file as the body. The server
 * decides the type by the content, not the name, and answers 415 (not an allowed type, naming
 * what it found) or 413 (too large) with its reason.
 */
export function uploadCourseFile({ courseId, kind, ...upload }: UploadCourseFileOptions): Promise<UploadedCourseFile> {
  return uploadFile({
    ...upload,
    url: `/courses/${encodeURIComponent(courseId)}/files?${new URLSearchParams({ kind }).toString()}`,
    // The server reads the type from the content; a neutral type keeps body parsers off the stream.
    contentType: 'application/octet-stream',
    parse: (body) => {
      const uploaded = body as Partial<UploadedCourseFile> | null;
      return typeof uploaded?.id === 'string' && typeof uploaded.url === 'string' ? (uploaded as UploadedCourseFile) : null;
    },
  });
}
