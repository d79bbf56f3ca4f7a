import { NetworkError } from '../../lib/api-error';
import { restApiError } from '../../lib/rest-error';
import { bearerHeader } from '../auth/with-access-token';
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
 * `POST /courses/:courseId/files?kind=image|document` with the raw file as the
 * body. The server decides the type by the content, not the name, and answers
 * 415 (not an allowed type, naming what it found) or 413 (too large) with its
 * reason. XHR rather than fetch for upload progress.
 * Rejects with RestApiError, NetworkError, or an AbortError DOMException.
 */
export function uploadCourseFile({ courseId, kind, file, accessToken, onProgress, signal }: UploadCourseFileOptions): Promise<UploadedCourseFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/courses/${encodeURIComponent(courseId)}/files?${new URLSearchParams({ kind }).toString()}`);
    // The server reads the type from the content; a neutral type keeps body parsers off the stream.
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    // Header values must be ISO-8859-1: names like "Modul 1 – Pengantar.pdf" are percent-encoded.
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    for (const [name, value] of Object.entries(bearerHeader(accessToken))) request.setRequestHeader(name, value);

    request.upload.onprogress = (event) => {
      onProgress(event.lengthComputable && event.total > 0 ? event.loaded / event.total : null);
    };
    request.onload = () => {
      if (request.status === 201 || request.status === 200) {
        const uploaded = parseUploadedFile(request.responseText);
        if (uploaded) resolve(uploaded);
        else reject(restApiError(request.status, ''));
        return;
      }
      reject(restApiError(request.status, request.responseText));
    };
    request.onerror = () => {
      reject(new NetworkError());
    };
    request.onabort = () => {
      reject(new DOMException('Upload cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', () => {
      request.abort();
    });

    request.send(file);
  });
}

function parseUploadedFile(bodyText: string): UploadedCourseFile | null {
  try {
    const body = JSON.parse(bodyText) as Partial<UploadedCourseFile>;
    return typeof body.id === 'string' && typeof body.url === 'string' ? (body as UploadedCourseFile) : null;
  } catch {
    return null;
  }
}
