import type { Request } from 'express';
import type { DomainError } from '@lentera/errors';

/**
 * The raw request body, at most `maxBytes`. Read here rather than by a body parser so only the
 * upload routes accept a large body, and so an oversized one is refused as it arrives: the rest
 * is drained unread and the caller gets `tooLarge()` (a 413 with a message).
 */
export function readRequestBody(request: Request, maxBytes: number, tooLarge: () => DomainError): Promise<Buffer> {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge();
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
      reject(tooLarge());
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
 * A file's name from the `X-File-Name` header. Header values must be ISO-8859-1, so the web
 * app percent-encodes names like "Daftar ASN – Kalbar.csv"; folders and control characters are
 * dropped, and `fallback` stands in for a missing or empty name.
 */
export function uploadFileName(header: string | undefined, fallback: string): string {
  let name = header ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: take it as it came.
  }
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((character) => character.charCodeAt(0) >= 0x20 && character !== '\u007f').join('');
  return printable.trim().slice(0, 200) || fallback;
}
