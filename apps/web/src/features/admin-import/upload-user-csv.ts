import { NetworkError } from '../../lib/api-error';
import { restApiError } from '../../lib/rest-error';
import { bearerHeader } from '../auth/with-access-token';

export interface UploadUserCsvOptions {
  agencyId: string;
  file: File;
  accessToken: string | null;
  /** 0..1, or null when the browser cannot tell the size. */
  onProgress: (fraction: number | null) => void;
  signal: AbortSignal;
}

/**
 * `POST /imports/users?agencyId=<id>` with the raw file as the body. XHR, not
 * fetch: fetch reports no upload progress, and a CSV of a large agency takes a
 * while on a weak connection. Resolves with the import's id (202).
 * Rejects with RestApiError (4xx/5xx), NetworkError, or an AbortError DOMException.
 */
export function uploadUserCsv({ agencyId, file, accessToken, onProgress, signal }: UploadUserCsvOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/imports/users?${new URLSearchParams({ agencyId }).toString()}`);
    request.setRequestHeader('Content-Type', 'text/csv');
    // Header values must be ISO-8859-1: names like "Daftar ASN – Kalbar.csv" are percent-encoded.
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    for (const [name, value] of Object.entries(bearerHeader(accessToken))) request.setRequestHeader(name, value);

    request.upload.onprogress = (event) => {
      onProgress(event.lengthComputable && event.total > 0 ? event.loaded / event.total : null);
    };
    request.onload = () => {
      if (request.status === 202 || request.status === 200) {
        const importId = parseImportId(request.responseText);
        if (importId) resolve(importId);
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

function parseImportId(bodyText: string): string | null {
  try {
    const body = JSON.parse(bodyText) as { importId?: unknown };
    return typeof body.importId === 'string' ? body.importId : null;
  } catch {
    return null;
  }
}
