import { Upload, defaultOptions } from 'tus-js-client';
import type { DetailedError, PreviousUpload } from 'tus-js-client';
import { NetworkError, RestApiError } from '../../../lib/api-error';
import { restApiError } from '../../../lib/rest-error';
import type { AuthSession } from '../../auth/auth-session';

/** The tus endpoint of the API (apps/api, H3); an upload's URL is `/uploads/videos/<assetId>`. */
export const VIDEO_UPLOAD_ENDPOINT = '/uploads/videos';
/** What the server accepts by default (VIDEO_MAX_UPLOAD_BYTES); it answers 413 above its own limit. */
export const MAX_VIDEO_BYTES = 8 * 1024 ** 3;
/** Big enough for few round trips, small enough that a dropped connection loses little. */
const CHUNK_SIZE = 8 * 1024 * 1024;
/** Waits (ms) before each retry of a failed request; with these a connection may drop for ~40 s. */
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000];

export interface VideoUploadCallbacks {
  onProgress: (bytesSent: number, bytesTotal: number) => void;
  /** The stored video's id (= the course asset's id). */
  onSuccess: (videoId: string) => void;
  onError: (error: unknown) => void;
}

/**
 * A resumable (tus) upload of one video to a course. Every request carries the access token of
 * that moment: a long upload outlives several tokens. A 401 refreshes the session and retries.
 * The upload URL is remembered in localStorage (by file name, type, size and date), so after a
 * reload the same file continues where it stopped; it is forgotten once the upload succeeded.
 */
export function createVideoUpload(file: File, courseId: string, session: AuthSession, callbacks: VideoUploadCallbacks): Upload {
  let sentToken: string | null = null;
  let refreshing: Promise<boolean> | null = null;
  let refreshedAfter: string | null = null;

  const upload: Upload = new Upload(file, {
    endpoint: VIDEO_UPLOAD_ENDPOINT,
    metadata: { courseId, filename: file.name, filetype: file.type || 'application/octet-stream' },
    chunkSize: CHUNK_SIZE,
    retryDelays: RETRY_DELAYS,
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    onBeforeRequest: async (request) => {
      if (refreshing) await refreshing;
      sentToken = session.getAccessToken();
      if (sentToken) request.setHeader('Authorization', `Bearer ${sentToken}`);
    },
    onShouldRetry: (error) => {
      const status = error.originalResponse?.getStatus() ?? 0;
      if (status === 401) {
        // Once per token: a second 401 with a fresh token is not an expiry.
        if (!sentToken || refreshedAfter === sentToken) return false;
        refreshedAfter = sentToken;
        refreshing = session.refreshAfterRejection(sentToken).finally(() => {
          refreshing = null;
        });
        return true;
      }
      // As tus-js-client does by default, but also while the browser thinks it is offline:
      // the retries are spaced out, and a failure after them is resumable anyway.
      return status === 0 || status >= 500 || status === 409 || status === 423;
    },
    onProgress: callbacks.onProgress,
    onSuccess: ({ lastResponse }) => {
      const videoId = lastResponse.getHeader('X-Video-Id') ?? lastSegment(upload.url);
      if (videoId) callbacks.onSuccess(videoId);
      else callbacks.onError(restApiError(lastResponse.getStatus(), ''));
    },
    onError: (error) => {
      const failure = uploadError(error);
      if (isInterruption(failure)) {
        callbacks.onError(failure);
        return;
      }
      // Refused for good (not a video, too large, not allowed): nothing to continue later.
      void forgetStoredUpload(upload)
        .catch(() => undefined)
        .then(() => {
          callbacks.onError(failure);
        });
    },
  });
  return upload;
}

/** Picks up an earlier upload of the same file to the same course, if the browser remembers one. */
export async function resumePreviousUpload(upload: Upload, courseId: string): Promise<boolean> {
  const previous = newestFirst(await upload.findPreviousUploads()).find((candidate) => candidate.metadata.courseId === courseId);
  if (!previous) return false;
  upload.resumeFromPreviousUpload(previous);
  return true;
}

/** An upload this browser started for the course and did not finish (e.g. before a reload). */
export interface UnfinishedUpload {
  key: string;
  fileName: string;
  sizeBytes: number | null;
  startedAt: string;
}

export async function findUnfinishedUploads(courseId: string): Promise<UnfinishedUpload[]> {
  const stored = await defaultOptions.urlStorage.findAllUploads();
  return newestFirst(stored)
    .filter((upload) => upload.metadata.courseId === courseId && upload.uploadUrl?.includes(VIDEO_UPLOAD_ENDPOINT))
    .map((upload) => ({
      key: upload.urlStorageKey,
      fileName: upload.metadata.filename ?? '',
      sizeBytes: upload.size,
      startedAt: upload.creationTime,
    }));
}

/** Forgets an unfinished upload here; the server drops its partial file when it expires. */
export function forgetUnfinishedUpload(key: string): Promise<void> {
  return defaultOptions.urlStorage.removeUpload(key);
}

async function forgetStoredUpload(upload: Upload): Promise<void> {
  if (!upload.url) return;
  const stored = await upload.findPreviousUploads();
  await Promise.all(
    stored.filter((previous) => previous.uploadUrl === upload.url).map((previous) => defaultOptions.urlStorage.removeUpload(previous.urlStorageKey)),
  );
}

function newestFirst(uploads: PreviousUpload[]): PreviousUpload[] {
  return [...uploads].sort((left, right) => Date.parse(right.creationTime) - Date.parse(left.creationTime));
}

function lastSegment(url: string | null): string | null {
  if (!url) return null;
  const path = new URL(url, window.location.href).pathname;
  return path.split('/').filter(Boolean).pop() ?? null;
}

/** The server's own words (`{ message, messageEn }`, e.g. a 422 for a file that is no video), or a network failure. */
function uploadError(error: Error | DetailedError): Error {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  if (!response || response.getStatus() === 0) return new NetworkError();
  return restApiError(response.getStatus(), response.getBody());
}

/** A failure the upload can continue from once the connection is back (no answer, or the server's trouble). */
export function isInterruption(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof RestApiError && error.status >= 500);
}
