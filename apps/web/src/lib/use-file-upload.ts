import { useEffect, useRef, useState } from 'react';
import { useAuthSession } from '../features/auth/auth-context';
import { withAccessToken } from '../features/auth/with-access-token';

export type FileUploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number | null }
  | { phase: 'failed'; error: unknown };

/** What a raw-body upload (see upload-file.ts) needs besides the file and where it goes. */
export interface UploadRequest {
  accessToken: string | null;
  signal: AbortSignal;
  onProgress: (fraction: number | null) => void;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** One upload at a time with progress; cancellable, cancelled on unmount. */
export function useFileUpload() {
  const session = useAuthSession();
  const [state, setState] = useState<FileUploadState>({ phase: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controllerRef.current?.abort();
    },
    [],
  );

  /** Resolves with what `send` answered, or null when it failed (see `state`) or was cancelled. */
  const upload = async <T>(send: (request: UploadRequest) => Promise<T>): Promise<T | null> => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setState({ phase: 'uploading', fraction: 0 });
    try {
      const answer = await withAccessToken(session, (accessToken) =>
        send({
          accessToken,
          signal: controller.signal,
          onProgress: (fraction) => {
            setState({ phase: 'uploading', fraction });
          },
        }),
      );
      setState({ phase: 'idle' });
      return answer;
    } catch (error) {
      setState(isAbort(error) ? { phase: 'idle' } : { phase: 'failed', error });
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
