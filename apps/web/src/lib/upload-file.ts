import { bearerHeader } from '../features/auth/with-access-token';
import { NetworkError } from './api-error';
import { restApiError } from './rest-error';

export interface UploadFileOptions<T> {
  /** The REST route, query string included. */
  url: string;
  /** What the body is announced as; servers that check the content themselves take any. */
  contentType: string;
  file: File;
  accessToken: string | null;
  /** 0..1, or null when the browser cannot tell the size. */
  onProgress: (fraction: number | null) => void;
  signal: AbortSignal;
  /** The answer of a successful upload, or null when it is not what the route promises. */
  parse: (body: unknown) => T | null;
}

/**
 * POSTs a file as the raw request body. XHR, not fetch: fetch reports no upload progress, and a
 * large file takes a while on a weak connection.
 * Rejects with RestApiError (4xx/5xx or an unreadable answer), NetworkError, or an AbortError DOMException.
 */
export function uploadFile<T>({ url, contentType, file, accessToken, onProgress, signal, parse }: UploadFileOptions<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Content-Type', contentType);
    // Header values must be ISO-8859-1: names like "Modul 1 – Pengantar.pdf" are percent-encoded.
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    for (const [name, value] of Object.entries(bearerHeader(accessToken))) request.setRequestHeader(name, value);

    request.upload.onprogress = (event) => {
      onProgress(event.lengthComputable && event.total > 0 ? event.loaded / event.total : null);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        const answer = parse(parseJson(request.responseText));
        if (answer !== null) resolve(answer);
        else reject(restApiError(request.status, ''));
        return;
      }
      reject(restApiError(request.status, request.responseText));
    };
    request.onerror = () => {
      reject(new NetworkError());
    };
    request.onabort = () => {
      reject(new DOMException('Upload cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', () => {
      request.abort();
    });

    request.send(file);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
