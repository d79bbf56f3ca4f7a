import type { Response } from 'express';
import type { DomainError } from '@lentera/errors';

/** What express's sendFile passes its callback: http-errors from `send`, or fs errors. */
interface SendError extends Error {
  code?: string;
  status?: number;
  headers?: Record<string, string>;
}

/**
 * express's sendFile does Range (206), conditional requests (304) and HEAD. Dot folders are
 * allowed because DATA_DIR may be one (`.lentera/data`) and a transcode's output sits under
 * one; callers build the path from ids and whitelisted names only. A missing file rejects
 * with `notFound()`.
 */
export function sendFile(response: Response, path: string, headers: Record<string, string>, notFound: () => DomainError): Promise<void> {
  return new Promise((resolve, reject) => {
    response.sendFile(path, { headers, cacheControl: false, dotfiles: 'allow' }, (error?: SendError) => {
      if (!error || response.headersSent) return resolve(); // sent, or the client went away mid-download
      // The file's headers are set by now for a range or precondition failure: not for the answer.
      for (const name of Object.keys(headers)) response.removeHeader(name);
      if (error.status === 416 || error.status === 412) {
        response.status(error.status).set(error.headers ?? {}).end();
        return resolve();
      }
      reject(error.code === 'ENOENT' || error.code === 'EISDIR' || error.status === 404 ? notFound() : error);
    });
  });
}
