import { registerEnumType } from '@nestjs/graphql';
import type { CourseAssetRecord } from '@lentera/db';

/** Where an office document's PDF preview (made by the worker's `document.preview` job) stands. */
export enum DocumentPreviewStatus {
  NONE = 'NONE',
  PENDING = 'PENDING',
  READY = 'READY',
  FAILED = 'FAILED',
}
registerEnumType(DocumentPreviewStatus, {
  name: 'DocumentPreviewStatus',
  description: 'The PDF an office document (Word, Excel, PowerPoint, OpenDocument) is shown through in browsers',
  valuesMap: {
    NONE: { description: 'No preview: the file shows in browsers as it is (PDF, image), or none was made for it' },
    PENDING: { description: 'The worker is converting it; ask again in a few seconds' },
    READY: { description: 'previewUrl shows it' },
    FAILED: { description: 'The file could not be converted; it can still be downloaded' },
  },
});

const statuses = { pending: DocumentPreviewStatus.PENDING, ready: DocumentPreviewStatus.READY, failed: DocumentPreviewStatus.FAILED } as const;

export function previewStatusOf(asset: CourseAssetRecord): DocumentPreviewStatus {
  return asset.preview ? statuses[asset.preview.status] : DocumentPreviewStatus.NONE;
}
