import { bearerHeader } from '../auth/with-access-token';
import { NetworkError } from '../../lib/api-error';
import { restApiError } from '../../lib/rest-error';
import { uploadFile } from '../../lib/upload-file';
import type { UploadRequest } from '../../lib/use-file-upload';

/** Where an image goes on the certificate; `signature-<n>` is the n-th (0-based) saved signatory's. */
export type TemplateImageSlot = 'logo' | 'background' | `signature-${number}`;

const MEGABYTE = 1024 * 1024;

/** What the API takes (it checks again): a background fills the page, so it may be larger. */
export function maxBytesOf(slot: TemplateImageSlot): number {
  return slot === 'background' ? 5 * MEGABYTE : 2 * MEGABYTE;
}

/** The types the file chooser offers; the API judges the bytes, not the name or this type. */
export const TEMPLATE_IMAGE_TYPES = 'image/png,image/jpeg';

/** What `POST .../template-images/:slot` answers (201). */
export interface UploadedTemplateImage {
  slot: string;
  contentType: string;
  sizeBytes: number;
}

const imagePath = (agencyId: string, slot: TemplateImageSlot) => `/certificates/agencies/${encodeURIComponent(agencyId)}/template-images/${slot}`;

/**
 * `POST /certificates/agencies/:agencyId/template-images/:slot` with the raw image as the body.
 * The API answers 415 (not a PNG or JPEG, naming what it is), 422 (cut off or damaged), 413
 * (too large) or 404 (a signatory not saved yet), each with its reason.
 */
export function uploadTemplateImage({ agencyId, slot, file, ...request }: UploadRequest & { agencyId: string; slot: TemplateImageSlot; file: File }): Promise<UploadedTemplateImage> {
  return uploadFile({
    ...request,
    file,
    url: imagePath(agencyId, slot),
    // A neutral type keeps the API's body parsers off the stream.
    contentType: 'application/octet-stream',
    parse: (body) => {
      const uploaded = body as Partial<UploadedTemplateImage> | null;
      return typeof uploaded?.slot === 'string' && typeof uploaded.contentType === 'string' ? (uploaded as UploadedTemplateImage) : null;
    },
  });
}

/** `DELETE` the same path: 204, also when the slot was empty. Rejects with RestApiError or NetworkError. */
export async function removeTemplateImage(agencyId: string, slot: TemplateImageSlot, accessToken: string | null): Promise<void> {
  let response: Response;
  try {
    response = await fetch(imagePath(agencyId, slot), { method: 'DELETE', headers: bearerHeader(accessToken) });
  } catch {
    throw new NetworkError();
  }
  if (!response.ok) throw restApiError(response.status, await response.text());
}
