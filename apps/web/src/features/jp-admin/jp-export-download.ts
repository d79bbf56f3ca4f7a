import { NetworkError } from '../../lib/api-error';
import { saveBlob } from '../../lib/download-file';
import { restApiError } from '../../lib/rest-error';
import type { AuthSession } from '../auth/auth-session';
import { bearerHeader, withAccessToken } from '../auth/with-access-token';
import { EXPORT_MEDIA_TYPES } from './jp-export-files';
import type { ExportFormat } from './jp-export-files';

/**
 * Fetches an export with the access token and hands it to the browser: a plain link cannot send the
 * Authorization header. `Accept` names the file type, as fetch's default (anything) is what the API's
 * web-app fallback takes for a browser asking for a page.
 */
export async function downloadExport(session: AuthSession, url: string, format: ExportFormat, fileName: string): Promise<void> {
  const blob = await withAccessToken(session, async (token) => {
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: EXPORT_MEDIA_TYPES[format], ...bearerHeader(token) }, credentials: 'same-origin' });
    } catch {
      throw new NetworkError();
    }
    if (!response.ok) throw restApiError(response.status, await response.text());
    return response.blob();
  });
  saveBlob(blob, fileName);
}
