import { useEffect, useRef, useState } from 'react';
import { useAuthSession } from '../auth/auth-context';
import { withAccessToken } from '../auth/with-access-token';
import { uploadUserCsv } from './upload-user-csv';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number | null }
  | { phase: 'failed'; error: unknown };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Sends a CSV to the import endpoint with upload progress; cancellable, cancelled on unmount. */
export function useUserCsvUpload() {
  const session = useAuthSession();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controllerRef.current?.abort();
    },
    [],
  );

  /** Resolves with the new import's id, or null when it failed (see `state`) or was cancelled. */
  const upload = async (agencyId: string, file: File): Promise<string | null> => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setState({ phase: 'uploading', fraction: 0 });
    try {
      const importId = await withAccessToken(session, (accessToken) =>
        uploadUserCsv({
          agencyId,
          file,
          accessToken,
          signal: controller.signal,
          onProgress: (fraction) => {
            setState({ phase: 'uploading', fraction });
          },
        }),
      );
      setState({ phase: 'idle' });
      return importId;
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
