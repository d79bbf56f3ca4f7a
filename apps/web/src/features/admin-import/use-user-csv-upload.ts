import { useFileUpload } from '../../lib/use-file-upload';
import { uploadUserCsv } from './upload-user-csv';

/** Sends a CSV to the import endpoint with upload progress; cancellable, cancelled on unmount. */
export function useUserCsvUpload() {
  const { state, upload, cancel } = useFileUpload();

  /** Resolves with the new import's id, or null when it failed (see `state`) or was cancelled. */
  const uploadCsv = (agencyId: string, file: File): Promise<string | null> =>
    upload((request) => uploadUserCsv({ agencyId, file, ...request }));

  return { state, upload: uploadCsv, cancel };
}
