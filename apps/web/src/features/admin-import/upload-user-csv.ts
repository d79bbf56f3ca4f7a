import { uploadFile } from '../../lib/upload-file';

export interface UploadUserCsvOptions {
  agencyId: string;
  file: File;
  accessToken: string | null;
  /** 0..1, or null when the browser cannot tell the size. */
  onProgress: (fraction: number | null) => void;
  signal: AbortSignal;
}

/**
 * `POST /imports/users?agencyId=<id>` with the raw file as the body (a CSV of a large agency
 * takes a while on a weak connection: progress is reported). Resolves with the import's id (202).
 */
export function uploadUserCsv({ agencyId, ...upload }: UploadUserCsvOptions): Promise<string> {
  return uploadFile({
    ...upload,
    url: `/imports/users?${new URLSearchParams({ agencyId }).toString()}`,
    contentType: 'text/csv',
    parse: (body) => {
      const importId = (body as { importId?: unknown } | null)?.importId;
      return typeof importId === 'string' ? importId : null;
    },
  });
}
