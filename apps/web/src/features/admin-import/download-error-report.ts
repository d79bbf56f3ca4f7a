import { NetworkError } from '../../lib/api-error';
import { saveBlob } from '../../lib/download-file';
import { restApiError } from '../../lib/rest-error';
import type { AuthSession } from '../auth/auth-session';
import { bearerHeader, withAccessToken } from '../auth/with-access-token';

/**
 * The full problem list of an import as CSV. A plain link cannot send the
 * Authorization header, so: fetch, then hand the Blob to the browser.
 */
export async function downloadErrorReport(session: AuthSession, url: string, fileName: string): Promise<void> {
  // The token goes to this origin only, whatever URL the API hands out.
  const sameOrigin = new URL(url, window.location.origin).origin === window.location.origin;
  const blob = await withAccessToken(session, async (token) => {
    let response: Response;
    try {
      response = await fetch(url, { headers: bearerHeader(sameOrigin ? token : null), credentials: 'same-origin' });
    } catch {
      throw new NetworkError();
    }
    if (!response.ok) throw restApiError(response.status, await response.text());
    return response.blob();
  });
  saveBlob(blob, fileName);
}

/** "pegawai-kalbar.csv" → "pegawai-kalbar-masalah.csv". */
export function errorReportFileName(importFileName: string, suffix: string): string {
  const base = importFileName.replace(/\.csv$/i, '');
  return `${base}-${suffix}.csv`;
}
