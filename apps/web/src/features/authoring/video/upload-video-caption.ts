import { uploadFile } from '../../../lib/upload-file';
import type { UploadRequest } from '../../../lib/use-file-upload';

/** What `POST /videos/:videoId/captions` answers (201). */
export interface UploadedCaption {
  language: string;
  label: string;
  url: string;
}

export interface UploadVideoCaptionOptions extends UploadRequest {
  videoId: string;
  language: string;
  label: string;
  file: File;
}

/**
 * `POST /videos/:videoId/captions?language=..&label=..` with the WebVTT file as the body. It
 * replaces the captions of that language; a file that is not WebVTT gets a 422 with the reason.
 */
export function uploadVideoCaption({ videoId, language, label, ...upload }: UploadVideoCaptionOptions): Promise<UploadedCaption> {
  return uploadFile({
    ...upload,
    url: `/videos/${encodeURIComponent(videoId)}/captions?${new URLSearchParams({ language, label }).toString()}`,
    contentType: 'text/vtt',
    parse: (body) => {
      const caption = body as Partial<UploadedCaption> | null;
      return typeof caption?.language === 'string' && typeof caption.url === 'string' ? (caption as UploadedCaption) : null;
    },
  });
}
