import { uploadFile } from '../../lib/upload-file';

/** What `POST /jp-ledger/evidence` answers (201). */
export interface UploadedEvidence {
  uploadId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface UploadEvidenceOptions {
  file: File;
  accessToken: string | null;
  /** 0..1, or null when the browser cannot tell. */
  onProgress: (fraction: number | null) => void;
  signal: AbortSignal;
}

/**
 * `POST /jp-ledger/evidence` with the raw file as the body. The server reads the type from the
 * bytes (PDF, JPEG or PNG) and answers 415 naming what it found, or 413 over 10 MB.
 */
export function uploadEvidence(upload: UploadEvidenceOptions): Promise<UploadedEvidence> {
  return uploadFile({
    ...upload,
    url: '/jp-ledger/evidence',
    // A neutral type keeps the API's body parsers off the stream.
    contentType: 'application/octet-stream',
    parse: (body) => {
      const uploaded = body as Partial<UploadedEvidence> | null;
      return typeof uploaded?.uploadId === 'string' ? (uploaded as UploadedEvidence) : null;
    },
  });
}
