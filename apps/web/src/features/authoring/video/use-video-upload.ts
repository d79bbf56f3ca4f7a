import { useEffect, useRef, useState } from 'react';
import type { Upload } from 'tus-js-client';
import { useAuthSession } from '../../auth/auth-context';
import { MAX_VIDEO_BYTES, createVideoUpload, isInterruption, resumePreviousUpload } from './video-upload';

export interface VideoUploadProgress {
  fileName: string;
  bytesSent: number;
  bytesTotal: number;
  /** Over the last few seconds; null until there is enough to tell. */
  bytesPerSecond: number | null;
  /** It continues an upload started earlier (before a reload, say). */
  resumed: boolean;
}

export type VideoUploadState =
  | { phase: 'idle' }
  | ({ phase: 'uploading' } & VideoUploadProgress)
  /** By the user, or `interrupted` by a lost connection (it goes on by itself when the browser is back online). */
  | ({ phase: 'paused'; interrupted: boolean } & VideoUploadProgress)
  | { phase: 'failed'; fileName: string; error: unknown };

/** A file above MAX_VIDEO_BYTES, refused before anything is sent. */
export class VideoTooLargeError extends Error {
  constructor() {
    super('Video too large');
    this.name = 'VideoTooLargeError';
  }
}

const SPEED_WINDOW_MS = 5000;
const PROGRESS_EVERY_MS = 250;

/**
 * One resumable video upload at a time, with progress, speed, pause and cancel. Leaving the page
 * (unmount) only stops it: picking the same file later continues it. `onUploaded` gets the new
 * video's id.
 */
export function useVideoUpload(courseId: string, onUploaded: (videoId: string) => void) {
  const session = useAuthSession();
  const [state, setState] = useState<VideoUploadState>({ phase: 'idle' });
  const uploadRef = useRef<Upload | null>(null);
  const onUploadedRef = useRef(onUploaded);
  const samplesRef = useRef<{ at: number; bytes: number }[]>([]);
  const lastShownRef = useRef(0);

  useEffect(() => {
    onUploadedRef.current = onUploaded;
  });

  useEffect(
    () => () => {
      void uploadRef.current?.abort();
      uploadRef.current = null;
    },
    [],
  );

  const resume = () => {
    const upload = uploadRef.current;
    if (!upload) return;
    samplesRef.current = [];
    setState((previous) => (previous.phase === 'paused' ? { ...previous, phase: 'uploading', bytesPerSecond: null } : previous));
    upload.start();
  };

  // An upload cut off by a lost connection goes on when the browser is back online.
  const interrupted = state.phase === 'paused' && state.interrupted;
  useEffect(() => {
    if (!interrupted) return undefined;
    window.addEventListener('online', resume);
    return () => {
      window.removeEventListener('online', resume);
    };
  });

  const start = async (file: File) => {
    if (uploadRef.current) return;
    if (file.size > MAX_VIDEO_BYTES) {
      setState({ phase: 'failed', fileName: file.name, error: new VideoTooLargeError() });
      return;
    }
    const progress: VideoUploadProgress = { fileName: file.name, bytesSent: 0, bytesTotal: file.size, bytesPerSecond: null, resumed: false };
    samplesRef.current = [];
    const upload = createVideoUpload(file, courseId, session, {
      onProgress: (bytesSent, bytesTotal) => {
        if (uploadRef.current !== upload) return;
        const now = performance.now();
        const samples = [...samplesRef.current, { at: now, bytes: bytesSent }].filter((sample) => now - sample.at <= SPEED_WINDOW_MS);
        samplesRef.current = samples;
        if (bytesSent < bytesTotal && now - lastShownRef.current < PROGRESS_EVERY_MS) return;
        lastShownRef.current = now;
        setState((previous) =>
          previous.phase === 'uploading'
            ? { ...previous, bytesSent, bytesTotal, bytesPerSecond: speedOf(samples) ?? previous.bytesPerSecond }
            : previous,
        );
      },
      onSuccess: (videoId) => {
        if (uploadRef.current !== upload) return;
        uploadRef.current = null;
        setState({ phase: 'idle' });
        onUploadedRef.current(videoId);
      },
      onError: (error) => {
        if (uploadRef.current !== upload) return;
        if (isInterruption(error)) {
          setState((previous) =>
            previous.phase === 'uploading' ? { ...previous, phase: 'paused', interrupted: true, bytesPerSecond: null } : previous,
          );
          return;
        }
        uploadRef.current = null;
        setState({ phase: 'failed', fileName: file.name, error });
      },
    });
    uploadRef.current = upload;
    setState({ phase: 'uploading', ...progress });
    try {
      const resumed = await resumePreviousUpload(upload, courseId);
      if (uploadRef.current !== upload) return;
      if (resumed) setState((previous) => (previous.phase === 'uploading' ? { ...previous, resumed } : previous));
    } catch {
      // No remembered uploads (storage unavailable): start afresh.
    }
    upload.start();
  };

  const pause = () => {
    const upload = uploadRef.current;
    if (!upload || state.phase !== 'uploading') return;
    void upload.abort();
    setState({ ...state, phase: 'paused', interrupted: false, bytesPerSecond: null });
  };

  /** Stops the upload and deletes what the server has of it. */
  const cancel = async () => {
    const upload = uploadRef.current;
    uploadRef.current = null;
    setState({ phase: 'idle' });
    if (!upload) return;
    try {
      await upload.abort(true);
    } catch {
      // The server drops unfinished uploads when they expire.
    }
  };

  const dismiss = () => {
    if (state.phase === 'failed') setState({ phase: 'idle' });
  };

  return { state, start, pause, resume, cancel, dismiss };
}

function speedOf(samples: readonly { at: number; bytes: number }[]): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.at - first.at < 1000) return null;
  return ((last.bytes - first.bytes) * 1000) / (last.at - first.at);
}
