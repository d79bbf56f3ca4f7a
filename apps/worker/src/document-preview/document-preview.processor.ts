import { Injectable, Logger } from '@nestjs/common';
import { CourseAssetRepository, type CourseAssetRecord } from '@lentera/db';
import type { LocalizedMessage } from '@lentera/errors';
import { contractOf, PermanentJobError, type JobContext, type JobHandler, type JobPayloads, type JobResults } from '@lentera/jobs';
import { DocumentConverter } from './document-converter';
import { conversionFailedMessage, previewInterruptedMessage, sourceMissingMessage } from './document-preview.messages';
import { PreviewFileStore } from './preview-file-store';
import { officeExtensions } from './soffice-arguments';

type PreviewResult = JobResults['document.preview'];

/**
 * `document.preview`: makes the PDF an office document is read through in the browser.
 * State on the asset: pending → ready | failed. A file LibreOffice cannot convert fails at
 * once (a retry would end the same way); trouble of the machine is retried, and recorded as
 * a failure after the last attempt. A ready preview whose file is there is left alone.
 */
@Injectable()
export class DocumentPreviewProcessor implements JobHandler<'document.preview'> {
  readonly jobName = 'document.preview' as const;
  private readonly logger = new Logger(DocumentPreviewProcessor.name);

  constructor(
    private readonly assets: CourseAssetRepository,
    private readonly files: PreviewFileStore,
    private readonly converter: DocumentConverter,
  ) {}

  async handle({ assetId }: JobPayloads['document.preview'], context: JobContext): Promise<PreviewResult> {
    const asset = await this.assets.findById(assetId);
    if (!asset) throw new PermanentJobError(`asset ${assetId} does not exist (its course was deleted?)`);
    // PDFs and images show as they are: a job for one is a mistake, and gets no preview record.
    if (!getsPreview(asset)) throw new PermanentJobError(`asset ${assetId} (${asset.mediaType}) is not an office document`);
    const done = await this.finishedBefore(asset);
    if (done) return done;
    try {
      return await this.makePreview(asset, context);
    } catch (error) {
      if (!(error instanceof PermanentJobError) && isLastAttempt(context)) {
        // No retry follows: without this the preview would stay pending for ever.
        await this.assets.setPreview(asset.id, { status: 'failed', error: previewInterruptedMessage() }).catch((markError: unknown) => {
          this.logger.error({ assetId, err: markError }, 'could not mark the preview as failed');
        });
      }
      throw error;
    }
  }

  /** A repeated job (a retry after a crash, a second request) finds the work done. */
  private async finishedBefore(asset: CourseAssetRecord): Promise<PreviewResult | null> {
    const preview = asset.preview;
    if (preview?.status === 'failed') return { status: 'failed', converted: false };
    if (preview?.status === 'ready' && preview.storagePath && (await this.files.exists(preview.storagePath))) {
      return { status: 'ready', sizeBytes: preview.sizeBytes ?? 0, converted: false };
    }
    return null;
  }

  private async makePreview(asset: CourseAssetRecord, context: JobContext): Promise<PreviewResult> {
    const log = { assetId: asset.id, courseId: asset.courseId, jobId: context.jobId, mediaType: asset.mediaType };
    if (!(await this.files.exists(asset.storagePath))) return this.failPermanently(asset, sourceMissingMessage(), 'the uploaded file is missing');
    const result = await this.converter.convertToPdf(this.files.absolutePath(asset.storagePath), asset.mediaType);
    if (!result.ok) {
      this.logger.warn({ ...log, problem: result.problem, elapsedMs: result.elapsedMs }, `document preview failed: ${result.detail}`);
      return this.failPermanently(asset, conversionFailedMessage(result.problem), `${result.problem}: ${result.detail}`);
    }
    await context.reportProgress(90);
    const storagePath = this.files.previewPathOf(asset.storagePath);
    await this.files.save(storagePath, result.pdf);
    if (!(await this.assets.setPreview(asset.id, { status: 'ready', storagePath, sizeBytes: result.pdf.length }))) {
      // The course (and the asset) went away while LibreOffice worked: take the file back.
      await this.files.remove(storagePath);
      throw new PermanentJobError(`asset ${asset.id} was deleted during the conversion`);
    }
    this.logger.log({ ...log, sizeBytes: result.pdf.length, elapsedMs: result.elapsedMs }, 'document preview ready');
    return { status: 'ready', sizeBytes: result.pdf.length, converted: true };
  }

  private async failPermanently(asset: CourseAssetRecord, reason: LocalizedMessage, cause: string): Promise<never> {
    await this.assets.setPreview(asset.id, { status: 'failed', error: reason });
    throw new PermanentJobError(`no preview for asset ${asset.id}: ${cause}`);
  }
}

function getsPreview(asset: CourseAssetRecord): boolean {
  return asset.kind === 'document' && asset.mediaType in officeExtensions;
}

function isLastAttempt(context: JobContext): boolean {
  return context.attempt >= (contractOf('document.preview').options.attempts ?? 1);
}
