import type { Request } from 'express';
import { readRequestBody, uploadFileName as namedUpload } from '../http/request-body';
import { fileTooLarge, notACsvUpload } from './people-import.errors';

export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** What browsers and tools send for a .csv: Windows with Excel installed says vnd.ms-excel. */
const CSV_UPLOAD_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/octet-stream', 'application/vnd.ms-excel'];

const DEFAULT_FILE_NAME = 'impor-asn.csv';

/** The uploaded CSV, the raw request body, at most `maxBytes` (see readRequestBody). */
export function readUploadedFile(request: Request, maxBytes = MAX_IMPORT_FILE_BYTES): Promise<Buffer> {
  // `is()` is null for a request without a body: that one reads as an empty file.
  if (request.headers['content-type'] && request.is(CSV_UPLOAD_TYPES) === false) throw notACsvUpload();
  return readRequestBody(request, maxBytes, () => fileTooLarge(maxBytes));
}

/** The name shown in the import list, from `X-File-Name` (see the shared uploadFileName). */
export function uploadFileName(header: string | undefined): string {
  return namedUpload(header, DEFAULT_FILE_NAME);
}
