import type { Request } from 'express';
import { fileTooLarge, notACsvUpload } from './people-import.errors';

export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** What browsers and tools send for a .csv: Windows with Excel installed says vnd.ms-excel. */
const CSV_UPLOAD_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/octet-stream', 'application/vnd.ms-excel'];

const DEFAULT_FILE_NAME = 'impor-asn.csv';

/**
 * The raw request body, at most `maxBytes`. Read here rather than by a body parser so only this
 * route accepts a large body, and so an oversized one is refused as it arrives: the rest is
 * drained unread and the caller gets a 413 with a message.
 */
export function readUploadedFile(request: Request, maxBytes = MAX_IMPORT_FILE_BYTES): Promise<Buffer> {
  // `is()` is null for a request without a body: that one reads as an empty file.
  if (request.headers['content-type'] && request.is(CSV_UPLOAD_TYPES) === false) throw notACsvUpload();
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw fileTooLarge(maxBytes);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      stop();
      request.resume();
      reject(fileTooLarge(maxBytes));
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/**
 * The name shown in the import list, from `X-File-Name`. Header values must be ISO-8859-1, so
 * the web app percent-encodes names like "Daftar ASN – Kalbar.csv"; folders and control
 * characters are dropped.
 */
export function uploadFileName(header: string | undefined): string {
  let name = header ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: take it as it came.
  }
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((character) => character.charCodeAt(0) >= 0x20 && character !== '\u007f').join('');
  return printable.trim().slice(0, 200) || DEFAULT_FILE_NAME;
}
